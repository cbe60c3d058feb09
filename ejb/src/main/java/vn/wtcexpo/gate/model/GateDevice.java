package vn.wtcexpo.gate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.BearerCredential;
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

    @Embedded
    private BearerCredential credential;

    @Column(name = "paired_by", nullable = false, length = 32)
    private String pairedBy;


    protected GateDevice() {
    }

    /** A new device and its token, which the caller shows once and never stores. */
    public record Paired(GateDevice device, String token) {
    }

    public static Paired pair(String eventId, String name, DeviceMode mode, String exhibitorId, String pairedBy,
                              Integer days, Instant now) {
        String n = Text.required("name", name, MAX_NAME);
        BearerCredential.Issued issued = BearerCredential.issue(PREFIX, days == null ? 14 : days, MAX_DAYS, now);
        GateDevice g = new GateDevice();
        g.id = UUID.randomUUID().toString();
        g.eventId = eventId;
        g.name = n;
        g.mode = mode;
        g.exhibitorId = mode == DeviceMode.LEADS ? exhibitorId : null;
        g.credential = issued.credential();
        g.pairedBy = pairedBy;
        return new Paired(g, issued.secret());
    }

    /**
     * The same device with a new token (the old one stops at once): a lead scanner opened again by its person the
     * same day stays one device, with the leads it captured, instead of a new device at every opening.
     */
    public String newToken() {
        return credential.renew(PREFIX);
    }

    /** Whether it was paired on {@code day} (Vietnam time). */
    public boolean pairedOn(java.time.LocalDate day) {
        return credential.createdAt().atZone(vn.wtcexpo.shared.Formats.VIETNAM).toLocalDate().equals(day);
    }

    public boolean isUsableAt(Instant now) {
        return credential.usableAt(now);
    }

    public void revoke(Instant now) {
        credential.revoke(now);
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String name() { return name; }
    public DeviceMode mode() { return mode; }
    public String exhibitorId() { return exhibitorId; }
    public String pairedBy() { return pairedBy; }
    public Instant createdAt() { return credential.createdAt(); }
    public Instant expiresAt() { return credential.expiresAt(); }
    public Instant revokedAt() { return credential.revokedAt(); }
}
