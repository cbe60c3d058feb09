package vn.wtcexpo.booking.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.wtcexpo.shared.LocalizedText;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallKind;

/** Builders for the booking domain tests. */
final class TestBookings {

    static final Hall A = hall("A");
    static final Hall B = hall("B");
    static final Hall C = hall("C");
    static final Hall AB = Hall.combined("AB", LocalizedText.of("name", "AB", "AB"), List.of(A, B), 1000, 200_000_000);
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    static final List<VatRule> VAT = List.of(
            new VatRule(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30), 1000, null),
            new VatRule(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31), 800, null),
            new VatRule(LocalDate.of(2027, 1, 1), null, 1000, null));

    private TestBookings() {
    }

    static Hall hall(String code) {
        return Hall.plain(code, LocalizedText.of("name", code, code), HallKind.EXHIBITION_HALL, 1000, 500, 100_000_000);
    }

    /** Local (Vietnam) date-time. */
    static Instant at(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(BookingPeriod.VIETNAM).toInstant();
    }

    static BookingPeriod days(int y, int m, int fromDay, int toDayInclusive) {
        return new BookingPeriod(at(y, m, fromDay, 0), at(y, m, toDayInclusive, 0).plusSeconds(86_400), 0, 0);
    }

    static HallBooking hold(Hall hall, BookingPeriod period, int minutesAfterT0) {
        Instant requested = T0.plusSeconds(60L * minutesAfterT0);
        return HallBooking.hold(hall, "organizer", "Hội chợ", period, Quote.frozen(1, 0), requested,
                requested.plusSeconds(7 * 86_400), 1);
    }
}
