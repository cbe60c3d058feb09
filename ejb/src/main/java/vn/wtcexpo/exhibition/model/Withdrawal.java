package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A payment request's withdrawal (a booth on it was cancelled before anything was paid): when, by whom, why, and the
 * request that replaced it for the booths still approved. Never undone; {@link PaymentRequest} says when it may
 * happen.
 */
@Embeddable
public class Withdrawal {

    @Column(name = "voided_at")
    private Instant at;

    @Column(name = "voided_by", length = 32)
    private String by;

    @Column(name = "void_reason", length = 500)
    private String reason;

    @Column(name = "replaced_by", length = 36)
    private String replacement;

    protected Withdrawal() {
    }

    static Withdrawal of(Instant at, String by, String reason) {
        Withdrawal w = new Withdrawal();
        w.at = at;
        w.by = by;
        w.reason = reason;
        return w;
    }

    /** The same withdrawal, now pointing at the request that replaced it. */
    Withdrawal replacedBy(String requestId) {
        Withdrawal w = of(at, by, reason);
        w.replacement = requestId;
        return w;
    }

    public Instant at() { return at; }
    public String by() { return by; }
    public String reason() { return reason; }
    public String replacement() { return replacement; }
}
