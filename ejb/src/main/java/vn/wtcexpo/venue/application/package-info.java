/** Use cases of the venue catalogue; each method of {@link vn.wtcexpo.venue.application.VenueService} is one transaction. */
package vn.wtcexpo.venue.application;
