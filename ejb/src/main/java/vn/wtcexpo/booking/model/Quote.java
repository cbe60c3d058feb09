package vn.wtcexpo.booking.model;

import java.util.List;

/**
 * What a booking costs, in whole VND: net (the hall's day rate per show day, the venue's move-day rate
 * per move-in or move-out day), VAT by the rule valid on each day, and gross.
 */
public record Quote(long netVnd, long vatVnd, long grossVnd, List<Line> lines, List<VatPart> vat) {

    /** The days of one phase at one unit price. */
    public record Line(Phase phase, int days, long unitVnd, long amountVnd) {
    }

    /** The VAT on the days taxed at one rate. */
    public record VatPart(int rateBp, long baseVnd, long vatVnd) {
    }

    public static Quote frozen(long netVnd, long vatVnd) {
        return new Quote(netVnd, vatVnd, netVnd + vatVnd, List.of(), List.of());
    }
}
