package vn.wtcexpo.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A code that no longer admits, on the list gates fetch: a revoked badge's, or the one a reissue replaced. */
@Entity
@Table(name = "badge_revocation")
public class Revocation {

    public enum Reason { REVOKED, REISSUED }

    @Id
    @Column(length = 300)
    private String code;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "badge_id", nullable = false, length = 36)
    private String badgeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Reason reason;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    protected Revocation() {
    }

    public Revocation(String code, String eventId, String badgeId, Reason reason, Instant now) {
        this.code = code;
        this.eventId = eventId;
        this.badgeId = badgeId;
        this.reason = reason;
        this.revokedAt = now;
    }

    public String code() { return code; }
    public String eventId() { return eventId; }
    public String badgeId() { return badgeId; }
    public Reason reason() { return reason; }
    public Instant revokedAt() { return revokedAt; }
}
