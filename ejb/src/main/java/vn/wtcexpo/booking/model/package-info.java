/**
 * Hall booking: ranked tentative holds, confirmations that never double-book, quotes with dated VAT.
 * {@link vn.wtcexpo.booking.model.HallBooking} is the aggregate root; its Javadoc tells its life cycle.
 */
package vn.wtcexpo.booking.model;
