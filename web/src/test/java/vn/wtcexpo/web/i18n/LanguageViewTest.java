package vn.wtcexpo.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.event.application.EventSummary;

/** Periods and hours as the pages show them: days included, hours only where hours matter. */
class LanguageViewTest {

    private final LanguageView vi = new LanguageView();

    @Test
    void aDayOpenAroundTheClock_readsOpenAllDay_notMidnightToMidnight() {
        assertEquals("mở cửa cả ngày", vi.hours(new EventSummary.Day(LocalDate.of(2026, 12, 6), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
    }

    @Test
    void aDayWithHours_readsItsHours() {
        assertEquals("08:00–17:00", vi.hours(new EventSummary.Day(LocalDate.of(2026, 12, 6), LocalTime.of(8, 0), LocalTime.of(17, 0))));
    }

    @Test
    void aBookingOfWholeDays_endsOnItsLastDay_notTheMidnightAfter() {
        // 15 to 17 March 2027: from midnight on the 15th to midnight after the 17th, Vietnam time
        assertEquals("15/03 – 17/03/2027", vi.period(Instant.parse("2027-03-14T17:00:00Z"), Instant.parse("2027-03-17T17:00:00Z")));
    }
}
