package vn.wtcexpo.exhibition.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import vn.wtcexpo.shared.DomainException;

/**
 * What a booth costs an exhibitor, in whole VND: the net price spread evenly over the show days (the
 * last day takes the remainder), VAT on each day's share by the rate valid that day, summed per rate and
 * rounded half up; the deposit is a percentage of the gross, the balance the rest.
 */
public record Charge(long netVnd, long vatVnd, long grossVnd, long depositVnd, List<VatPart> vat) {

    /** The VAT on the part of the net taxed at one rate (basis points: 800 is 8%). */
    public record VatPart(int rateBp, long baseVnd, long vatVnd) {
    }

    public static Charge of(long netVnd, List<LocalDate> showDays, ToIntFunction<LocalDate> rateBpOn, int depositPercent) {
        if (netVnd < 0) {
            throw DomainException.invalid("priceVnd", "BOOTH_PRICE_OUT_OF_RANGE");
        }
        if (showDays.isEmpty()) {
            throw DomainException.conflict("EVENT_HAS_NO_DAYS");
        }
        if (depositPercent < 0 || depositPercent > 100) {
            throw DomainException.invalid("depositPercent", "EVENT_DEPOSIT_OUT_OF_RANGE");
        }
        int n = showDays.size();
        long share = netVnd / n;
        Map<Integer, Long> baseByRate = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            long base = i == n - 1 ? netVnd - share * (n - 1) : share;
            baseByRate.merge(rateBpOn.applyAsInt(showDays.get(i)), base, Long::sum);
        }
        List<VatPart> parts = new ArrayList<>();
        long vat = 0;
        for (var e : baseByRate.entrySet()) {
            long v = halfUp(e.getValue() * e.getKey(), 10_000);
            parts.add(new VatPart(e.getKey(), e.getValue(), v));
            vat += v;
        }
        long gross = netVnd + vat;
        long deposit = halfUp(gross * depositPercent, 100);
        return new Charge(netVnd, vat, gross, deposit, List.copyOf(parts));
    }

    public long balanceVnd() {
        return grossVnd - depositVnd;
    }

    static long halfUp(long amount, long divisor) {
        return Math.floorDiv(amount + divisor / 2, divisor);
    }
}
