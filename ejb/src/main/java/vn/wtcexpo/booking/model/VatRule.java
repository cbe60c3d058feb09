package vn.wtcexpo.booking.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Period;
import vn.wtcexpo.shared.Text;

/**
 * The VAT rate valid on the calendar days {@code [validFrom, validTo]} (open-ended when {@code validTo}
 * is empty), in basis points: 1000 is 10%, 800 is 8%.
 */
@Entity
@Table(name = "vat_rule")
// every quote reads all the rules, and they change a few times a decade: the list is kept with the
// entities, and any change to a rule made through this server drops the kept list (EclipseLink invalidates
// a query's cached results when an object of a class it returns changes)
@NamedQuery(name = "VatRule.all", query = "select r from VatRule r order by r.validFrom",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@Cacheable
public class VatRule {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "rate_bp", nullable = false)
    private int rateBp;

    @Column(length = MAX_NOTE)
    private String note;

    public static final int MAX_NOTE = 200;

    protected VatRule() {
    }

    public VatRule(LocalDate validFrom, LocalDate validTo, int rateBp, String note) {
        if (validFrom == null) {
            throw DomainException.invalid("validFrom", "VALUE_REQUIRED");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw DomainException.invalid("validTo", "PERIOD_END_BEFORE_START");
        }
        if (rateBp < 0 || rateBp > 10_000) {
            throw DomainException.invalid("ratePercent", "VAT_RATE_OUT_OF_RANGE");
        }
        String n = Text.optional("note", note, MAX_NOTE);
        this.id = UUID.randomUUID().toString();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.rateBp = rateBp;
        this.note = n;
    }

    /**
     * A new rule of {@code ratePercent} (at most two decimals: 8, 10, 5.5) that must not overlap any of
     * {@code existing}.
     *
     * @throws DomainException {@code VAT_RATE_OUT_OF_RANGE} (400), {@code VAT_RULE_OVERLAPS} (409)
     */
    public static VatRule among(java.util.Collection<VatRule> existing, LocalDate validFrom, LocalDate validTo,
                                double ratePercent, String note) {
        if (Double.isNaN(ratePercent) || Math.abs(ratePercent * 100 - Math.round(ratePercent * 100)) > 1e-6) {
            throw DomainException.invalid("ratePercent", "VAT_RATE_OUT_OF_RANGE");
        }
        VatRule rule = new VatRule(validFrom, validTo, (int) Math.round(ratePercent * 100), note);
        for (VatRule other : existing) {
            if (other.overlaps(rule)) {
                throw DomainException.conflict("VAT_RULE_OVERLAPS", other.validFrom());
            }
        }
        return rule;
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(VatRule other) {
        return Period.ofDays(validFrom, validTo).overlaps(Period.ofDays(other.validFrom, other.validTo));
    }

    public String id() { return id; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public int rateBp() { return rateBp; }
    public String note() { return note; }
}
