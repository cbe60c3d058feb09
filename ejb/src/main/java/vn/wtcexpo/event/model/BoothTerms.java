package vn.wtcexpo.event.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.wtcexpo.shared.DomainException;

/**
 * The terms an event's booths are sold on, which its organizer sets: how many days a booth stays on hold awaiting
 * approval, the deposit's share of a payment request, the square metres that earn one staff badge, and how many
 * booths one company may hold at once.
 */
@Embeddable
public class BoothTerms {

    public static final int DEFAULT_HOLD_DAYS = 7;
    public static final int DEFAULT_DEPOSIT_PERCENT = 30;
    public static final int DEFAULT_SQM_PER_STAFF = 3;
    /** Booths one company may hold at once, awaiting approval, unless the organizer says otherwise. */
    public static final int DEFAULT_MAX_HOLDS = 3;

    @Column(name = "booth_hold_days", nullable = false)
    private int holdDays;

    @Column(name = "deposit_percent", nullable = false)
    private int depositPercent;

    @Column(name = "sqm_per_staff", nullable = false)
    private int sqmPerStaff;

    @Column(name = "max_holds_per_company", nullable = false)
    private int maxHoldsPerCompany;

    protected BoothTerms() {
    }

    /**
     * Terms as the organizer typed them.
     *
     * @throws DomainException {@code EVENT_HOLD_DAYS_OUT_OF_RANGE} (1 to 90), {@code EVENT_DEPOSIT_OUT_OF_RANGE}
     *                         (0 to 100 %), {@code EVENT_SQM_PER_STAFF_OUT_OF_RANGE} (1 to 1000),
     *                         {@code EVENT_MAX_HOLDS_OUT_OF_RANGE} (1 to 1000)
     */
    public static BoothTerms of(int holdDays, int depositPercent, int sqmPerStaff, int maxHoldsPerCompany) {
        if (holdDays < 1 || holdDays > 90) {
            throw DomainException.invalid("boothHoldDays", "EVENT_HOLD_DAYS_OUT_OF_RANGE", 1, 90);
        }
        if (depositPercent < 0 || depositPercent > 100) {
            throw DomainException.invalid("depositPercent", "EVENT_DEPOSIT_OUT_OF_RANGE");
        }
        if (sqmPerStaff < 1 || sqmPerStaff > 1000) {
            throw DomainException.invalid("sqmPerStaff", "EVENT_SQM_PER_STAFF_OUT_OF_RANGE");
        }
        if (maxHoldsPerCompany < 1 || maxHoldsPerCompany > 1000) {
            throw DomainException.invalid("maxHoldsPerCompany", "EVENT_MAX_HOLDS_OUT_OF_RANGE", 1, 1000);
        }
        BoothTerms t = new BoothTerms();
        t.holdDays = holdDays;
        t.depositPercent = depositPercent;
        t.sqmPerStaff = sqmPerStaff;
        t.maxHoldsPerCompany = maxHoldsPerCompany;
        return t;
    }

    /** The terms of a new event. */
    public static BoothTerms defaults() {
        return of(DEFAULT_HOLD_DAYS, DEFAULT_DEPOSIT_PERCENT, DEFAULT_SQM_PER_STAFF, DEFAULT_MAX_HOLDS);
    }

    public int holdDays() { return holdDays; }
    public int depositPercent() { return depositPercent; }
    public int sqmPerStaff() { return sqmPerStaff; }
    public int maxHoldsPerCompany() { return maxHoldsPerCompany; }
}
