package vn.wtcexpo.booking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.wtcexpo.booking.model.TestBookings.VAT;
import static vn.wtcexpo.booking.model.TestBookings.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class QuoteCalculatorTest {

    private static BookingPeriod period(int y, int m, int d, int days, int in, int out) {
        return new BookingPeriod(at(y, m, d, 0), at(y, m, d, 0).plusSeconds(86_400L * days), in, out);
    }

    @Test
    void showDays_arePricedAtTheDayRate() {
        Quote q = QuoteCalculator.quote(150_000_000, period(2027, 8, 10, 4, 0, 0), 50, VAT);
        assertEquals(600_000_000, q.netVnd());
    }

    @Test
    void moveDays_arePricedAtTheVenuesMoveRate() {
        Quote q = QuoteCalculator.quote(150_000_000, period(2027, 8, 8, 7, 2, 1), 50, VAT);
        // 4 show days at 150m + 3 move days at 75m
        assertEquals(825_000_000, q.netVnd());
        assertEquals(List.of(Phase.MOVE_IN, Phase.SHOW, Phase.MOVE_OUT), q.lines().stream().map(Quote.Line::phase).toList());
    }

    @Test
    void vatIsTenPercentFrom2027() {
        Quote q = QuoteCalculator.quote(100_000_000, period(2027, 3, 1, 2, 0, 0), 50, VAT);
        assertEquals(20_000_000, q.vatVnd());
        assertEquals(220_000_000, q.grossVnd());
    }

    @Test
    void vatIsEightPercentIn2026() {
        Quote q = QuoteCalculator.quote(100_000_000, period(2026, 12, 1, 2, 0, 0), 50, VAT);
        assertEquals(16_000_000, q.vatVnd());
    }

    @Test
    void bookingAcrossTheRateChange_isTaxedDayByDay() {
        // 30 and 31 Dec 2026 at 8%, 1 and 2 Jan 2027 at 10%
        Quote q = QuoteCalculator.quote(100_000_000, period(2026, 12, 30, 4, 0, 0), 50, VAT);
        assertEquals(8_000_000 * 2 + 10_000_000 * 2, q.vatVnd());
        assertEquals(2, q.vat().size());
    }

    @Test
    void vatIsRoundedToWholeDong() {
        Quote q = QuoteCalculator.quote(1_234_567, period(2027, 3, 1, 1, 0, 0), 50, VAT);
        assertEquals(123_457, q.vatVnd());
        assertEquals(q.netVnd() + q.vatVnd(), q.grossVnd());
    }

    @Test
    void dayWithoutVatRule_isRefused() {
        List<VatRule> onlyOld = List.of(new VatRule(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31), 1000, null));
        assertEquals("NO_VAT_RULE", assertThrows(DomainException.class,
                () -> QuoteCalculator.quote(1, period(2027, 3, 1, 1, 0, 0), 50, onlyOld)).code());
    }

    @Test
    void vatRules_thatShareADay_overlap() {
        VatRule a = new VatRule(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), 1000, null);
        VatRule b = new VatRule(LocalDate.of(2027, 6, 30), null, 800, null);
        VatRule c = new VatRule(LocalDate.of(2027, 7, 1), null, 800, null);
        assertEquals(true, a.overlaps(b));
        assertEquals(false, a.overlaps(c));
    }
}
