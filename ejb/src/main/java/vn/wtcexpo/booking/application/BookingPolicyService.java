package vn.wtcexpo.booking.application;

import java.time.LocalDate;

/**
 * The venue's booking policy: how long a hold lasts, what a move-in or move-out day costs, and the dated VAT rules
 * every quote applies (read by organizers, changed by the venue admin).
 */
public interface BookingPolicyService {

    BookingPolicySummary policy();

    BookingPolicySummary changePolicy(int holdDays, int moveDayRatePercent);

    /** A VAT rate from a day (to a day, or open-ended); {@code VAT_RULE_OVERLAPS} when another rule covers one of them. */
    BookingPolicySummary addVatRule(LocalDate validFrom, LocalDate validTo, double ratePercent, String note);

    BookingPolicySummary removeVatRule(String id);
}
