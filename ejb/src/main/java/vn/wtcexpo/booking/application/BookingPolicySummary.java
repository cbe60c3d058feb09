package vn.wtcexpo.booking.application;

import java.time.LocalDate;
import java.util.List;

/** The venue's booking policy and VAT rules, as the admin edits them. */
public record BookingPolicySummary(int holdDays, int moveDayRatePercent, List<VatRuleSummary> vatRules) {

    /** A dated VAT rule; {@code ratePercent} may have decimals (8.0, 10.0). */
    public record VatRuleSummary(String id, LocalDate validFrom, LocalDate validTo, double ratePercent, String note) {
    }
}
