package vn.wtcexpo.event.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.wtcexpo.booking.application.BookingDependents;
import vn.wtcexpo.event.model.EventRepository;

/** Tells the booking context which events run on a booking, so that it is not cancelled under them. */
@ApplicationScoped
public class EventsOnBookings implements BookingDependents {

    @Inject
    private EventRepository events;

    @Override
    public List<String> dependentsOf(String bookingId) {
        return events.namesOnBooking(bookingId);
    }
}
