/** Use cases on accounts: the venue admin creates, disables and re-enables them. */
package vn.wtcexpo.identity.application;
