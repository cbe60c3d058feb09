package vn.wtcexpo.web.booking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.wtcexpo.booking.application.BookingPolicySummary;
import vn.wtcexpo.booking.application.BookingPolicyService;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The venue admin's page for the booking policy and the dated VAT rules. */
@Named
@ViewScoped
@Retried
public class BookingPolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BookingPolicyService bookings;

    private BookingPolicySummary policy;
    private int holdDays;
    private int moveDayRatePercent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Double ratePercent;
    private String note;

    public void load() {
        policy = bookings.policy();
        holdDays = policy.holdDays();
        moveDayRatePercent = policy.moveDayRatePercent();
    }

    public void save() {
        try {
            policy = bookings.changePolicy(holdDays, moveDayRatePercent);
            FacesMessages.info("policy.saved");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void addRule() {
        try {
            policy = bookings.addVatRule(validFrom, validTo, ratePercent == null ? Double.NaN : ratePercent, note);
            FacesMessages.info("policy.ruleAdded");
            validFrom = null;
            validTo = null;
            ratePercent = null;
            note = null;
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void removeRule(BookingPolicySummary.VatRuleSummary rule) {
        try {
            policy = bookings.removeVatRule(rule.id());
            FacesMessages.info("policy.ruleRemoved");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public BookingPolicySummary getPolicy() { return policy; }
    public int getHoldDays() { return holdDays; }
    public void setHoldDays(int holdDays) { this.holdDays = holdDays; }
    public int getMoveDayRatePercent() { return moveDayRatePercent; }
    public void setMoveDayRatePercent(int moveDayRatePercent) { this.moveDayRatePercent = moveDayRatePercent; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public Double getRatePercent() { return ratePercent; }
    public void setRatePercent(Double ratePercent) { this.ratePercent = ratePercent; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
