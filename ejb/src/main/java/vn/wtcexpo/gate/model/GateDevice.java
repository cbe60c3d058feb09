package vn.wtcexpo.gate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Secrets;
import vn.wtcexpo.shared.Text;

/**
 * A phone, tablet or handheld scanner paired to one event: its bearer token acts only for that event's gate
 * scanning (or, in {@link DeviceMode#LEADS}, for one exhibitor's lead scanning). The token is shown once, in the
 * pairing QR; only its SHA-256 is kept. Revoked or expired, it stops at once.
 */
@Entity
@Table(name = "gate_device")
public class GateDevice {

    public static final String PREFIX = "wtcd_";
    public static final int MAX_NAME = 100;
    public static final int MAX_DAYS = 60;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private DeviceMode mode;

    @Column(name = "exhibitor_id", length = 36)
    private String exhibitorId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "paired_by", nullable = false, length = 32)
    private String pairedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected GateDevice() {
    }

    /** A new device and its token, which the caller shows once and never stores. */
    public record Paired(GateDevice device, String token) {
    }

    public static Paired pair(String eventId, String name, DeviceMode mode, String exhibitorId, String pairedBy,
                              Integer days, Instant now) {
        String n = Text.required("name", name, MAX_NAME);
        int d = days == null ? 14 : days;
        if (d < 1 || d > MAX_DAYS) {
            throw DomainException.invalid("expiresInDays", "TOKEN_DAYS_OUT_OF_RANGE", MAX_DAYS);
        }
        String token = Secrets.newToken(PREFIX);
        GateDevice g = new GateDevice();
        g.id = UUID.randomUUID().toString();
        g.eventId = eventId;
        g.name = n;
        g.mode = mode;
        g.exhibitorId = mode == DeviceMode.LEADS ? exhibitorId : null;
        g.tokenHash = Secrets.hash(token);
        g.pairedBy = pairedBy;
        g.createdAt = now;
        g.expiresAt = now.plus(Duration.ofDays(d));
        return new Paired(g, token);
    }

    /**
     * The same device with a new token (the old one stops at once): a lead scanner opened again by its person the
     * same day stays one device, with the leads it captured, instead of a new device at every opening.
     */
    public String newToken() {
        String token = Secrets.newToken(PREFIX);
        tokenHash = Secrets.hash(token);
        return token;
    }

    /** Whether it was paired on {@code day} (Vietnam time). */
    public boolean pairedOn(java.time.LocalDate day) {
        return createdAt.atZone(vn.wtcexpo.shared.Formats.VIETNAM).toLocalDate().equals(day);
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String name() { return name; }
    public DeviceMode mode() { return mode; }
    public String exhibitorId() { return exhibitorId; }
    public String pairedBy() { return pairedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
}
