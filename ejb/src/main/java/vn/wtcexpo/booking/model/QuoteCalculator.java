package vn.wtcexpo.booking.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.wtcexpo.shared.DomainException;

/** Prices a booking period; pure arithmetic in whole VND, rounding half up. */
public final class QuoteCalculator {

    private QuoteCalculator() {
    }

    /**
     * @param dayRateVnd         the hall's rate for one show day
     * @param moveDayRatePercent what a move-in or move-out day costs, in percent of the day rate
     * @param vatRules           the dated VAT rules; every day of the period needs one
     */
    public static Quote quote(long dayRateVnd, BookingPeriod period, int moveDayRatePercent, List<VatRule> vatRules) {
        long moveUnit = divideHalfUp(dayRateVnd * moveDayRatePercent, 100);
        List<Quote.Line> lines = new ArrayList<>();
        Map<Integer, Long> baseByRate = new TreeMap<>();
        long net = 0;
        for (BookingPeriod.Span span : period.phases()) {
            long unit = span.phase() == Phase.SHOW ? dayRateVnd : moveUnit;
            long amount = unit * span.days().size();
            lines.add(new Quote.Line(span.phase(), span.days().size(), unit, amount));
            net += amount;
            for (LocalDate day : span.days()) {
                baseByRate.merge(rateOn(day, vatRules), unit, Long::sum);
            }
        }
        List<Quote.VatPart> parts = new ArrayList<>();
        long vat = 0;
        for (var e : baseByRate.entrySet()) {
            long partVat = divideHalfUp(e.getValue() * e.getKey(), 10_000);
            parts.add(new Quote.VatPart(e.getKey(), e.getValue(), partVat));
            vat += partVat;
        }
        return new Quote(net, vat, net + vat, List.copyOf(lines), List.copyOf(parts));
    }

    public static int rateOn(LocalDate day, List<VatRule> rules) {
        for (VatRule rule : rules) {
            if (rule.appliesOn(day)) {
                return rule.rateBp();
            }
        }
        throw DomainException.conflict("NO_VAT_RULE", day.toString());
    }

    static long divideHalfUp(long amount, long divisor) {
        return Math.floorDiv(amount + divisor / 2, divisor);
    }
}
