package vn.wtcexpo.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.wtcexpo.shared.DomainException;

/**
 * An event's registration desk: whether visitors may register, how many may (the cap), how many have, and
 * the event's Ed25519 key pair (the private key sealed under the server's master key). Its row is locked for
 * each visitor registration, so the cap and the one-badge-per-e-mail rule hold however many register at once.
 */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

    @Id
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Column(name = "registration_open", nullable = false)
    private boolean open;

    @Column(name = "visitor_cap")
    private Integer cap;

    @Column(nullable = false)
    private int visitors;

    @Column(name = "public_key", nullable = false, length = 200)
    private String publicKey;

    @Column(name = "sealed_private_key", nullable = false, length = 400)
    private String sealedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventRegistration() {
    }

    /** A new desk, open, without a cap, with the event's new key pair. */
    public EventRegistration(String eventId, String publicKey, String sealedPrivateKey, Instant now) {
        this.eventId = eventId;
        this.open = true;
        this.publicKey = publicKey;
        this.sealedPrivateKey = sealedPrivateKey;
        this.createdAt = now;
    }

    /** Counts one more visitor: {@code REGISTRATION_CLOSED} or {@code REGISTRATION_FULL} when it may not. */
    public void admitVisitor() {
        if (!open) {
            throw DomainException.conflict("REGISTRATION_CLOSED");
        }
        if (cap != null && visitors >= cap) {
            throw DomainException.conflict("REGISTRATION_FULL");
        }
        visitors++;
    }

    /** Counts a visitor registered at the desk: the cap holds there too, closing online registration does not stop the desk. */
    public void admitWalkIn() {
        if (cap != null && visitors >= cap) {
            throw DomainException.conflict("REGISTRATION_FULL");
        }
        visitors++;
    }

    /** Opens or closes registration and sets the cap (null: none); a cap below those registered is refused. */
    public void settings(boolean isOpen, Integer newCap) {
        if (newCap != null && newCap < 1) {
            throw DomainException.invalid("cap", "REGISTRATION_CAP_INVALID");
        }
        if (newCap != null && newCap < visitors) {
            throw DomainException.conflict("REGISTRATION_CAP_BELOW_REGISTERED", visitors);
        }
        this.open = isOpen;
        this.cap = newCap;
    }

    public String eventId() { return eventId; }
    public boolean isOpen() { return open; }
    public Integer cap() { return cap; }
    public int visitors() { return visitors; }
    public String publicKey() { return publicKey; }
    public String sealedPrivateKey() { return sealedPrivateKey; }
    public Instant createdAt() { return createdAt; }
}
