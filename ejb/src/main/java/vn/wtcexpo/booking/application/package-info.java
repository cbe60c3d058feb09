/** Hall booking use cases: holds, ranks, confirmation, expiry, quotes and the venue's booking policy. */
package vn.wtcexpo.booking.application;
