package vn.wtcexpo.rest.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import vn.wtcexpo.booking.application.BookingPolicySummary;

/** The booking policy on the API: hold length, move-day rate, and the dated VAT rules. */
@JsonbPropertyOrder({"holdDays", "moveDayRatePercent", "vatRules"})
public record PolicyJson(int holdDays, int moveDayRatePercent, List<VatRuleJson> vatRules) {

    /** A VAT rate valid on the local days [validFrom, validTo]; validTo null: open-ended. */
    @JsonbPropertyOrder({"id", "validFrom", "validTo", "ratePercent", "note"})
    public record VatRuleJson(String id, LocalDate validFrom, LocalDate validTo, double ratePercent, String note) {
    }

    static PolicyJson of(BookingPolicySummary p) {
        return new PolicyJson(p.holdDays(), p.moveDayRatePercent(), p.vatRules().stream()
                .map(r -> new VatRuleJson(r.id(), r.validFrom(), r.validTo(), r.ratePercent(), r.note())).toList());
    }
}
