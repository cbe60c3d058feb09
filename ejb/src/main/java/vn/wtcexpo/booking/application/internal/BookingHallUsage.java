package vn.wtcexpo.booking.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.shared.Period;
import vn.wtcexpo.venue.application.HallUsage;

/** Tells the venue which holds and confirmed bookings still depend on a hall's floor space. */
@ApplicationScoped
public class BookingHallUsage implements HallUsage {

    @Inject
    private BookingRepository bookings;

    @Override
    public List<HallUse> liveUsesOf(String hallCode, Instant now) {
        return bookings.liveOn(List.of(hallCode), now, Period.END_OF_TIME).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED || b.isLiveHoldAt(now))
                .map(BookingHallUsage::use)
                .toList();
    }

    private static HallUse use(HallBooking b) {
        return new HallUse(b.status() == BookingStatus.CONFIRMED ? "BOOKING_CONFIRMED" : "BOOKING_HOLD", b.id(),
                b.title(), b.startsAt(), b.endsAt());
    }
}
