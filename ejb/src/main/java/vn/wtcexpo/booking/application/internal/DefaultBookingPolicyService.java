package vn.wtcexpo.booking.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.wtcexpo.booking.application.BookingPolicyService;
import vn.wtcexpo.booking.application.BookingPolicySummary;
import vn.wtcexpo.booking.model.BookingPolicy;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.VatRule;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

/** The booking policy and the VAT rules; each public method is one transaction. */
@Stateless
public class DefaultBookingPolicyService implements BookingPolicyService {

    @Inject
    private BookingRepository bookings;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BookingPolicySummary policy() {
        return policy(bookings.vatRules());
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public BookingPolicySummary changePolicy(int holdDays, int moveDayRatePercent) {
        bookings.policy().change(holdDays, moveDayRatePercent);
        return policy();
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public BookingPolicySummary addVatRule(LocalDate validFrom, LocalDate validTo, double ratePercent, String note) {
        List<VatRule> rules = new ArrayList<>(bookings.vatRules());
        VatRule rule = VatRule.among(rules, validFrom, validTo, ratePercent, note);
        bookings.add(rule);
        rules.add(rule);
        return policy(rules);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public BookingPolicySummary removeVatRule(String id) {
        VatRule rule = bookings.findVatRule(id).orElseThrow(() -> DomainException.notFound("VAT_RULE_NOT_FOUND", id));
        bookings.remove(rule);
        return policy(bookings.vatRules().stream().filter(r -> !r.id().equals(rule.id())).toList());
    }

    /** The policy with {@code vatRules}: after a change, the rules as this transaction leaves them (the kept list is the committed one). */
    private BookingPolicySummary policy(List<VatRule> vatRules) {
        BookingPolicy p = bookings.policy();
        List<BookingPolicySummary.VatRuleSummary> rules = vatRules.stream()
                .sorted(Comparator.comparing(VatRule::validFrom))
                .map(r -> new BookingPolicySummary.VatRuleSummary(r.id(), r.validFrom(), r.validTo(), r.rateBp() / 100.0, r.note()))
                .toList();
        return new BookingPolicySummary(p.holdDays(), p.moveDayRatePercent(), rules);
    }
}
