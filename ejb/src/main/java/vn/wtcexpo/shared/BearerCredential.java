package vn.wtcexpo.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A bearer credential of the house (an API token, a paired device): a {@link Secrets} secret shown once, of which
 * only the hash is stored, usable from its making until it expires or is revoked, whichever comes first. Issued,
 * checked, renewed and revoked the same way wherever it is kept.
 */
@Embeddable
public class BearerCredential {

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected BearerCredential() {
    }

    /** A new credential and its secret, which the caller shows once and never stores. */
    public record Issued(BearerCredential credential, String secret) {
    }

    /**
     * A credential of {@code prefix}, lasting {@code days} (from 1 to {@code maxDays}).
     *
     * @throws DomainException {@code TOKEN_DAYS_OUT_OF_RANGE} (field {@code expiresInDays})
     */
    public static Issued issue(String prefix, int days, int maxDays, Instant now) {
        if (days < 1 || days > maxDays) {
            throw DomainException.invalid("expiresInDays", "TOKEN_DAYS_OUT_OF_RANGE", maxDays);
        }
        String secret = Secrets.newToken(prefix);
        BearerCredential c = new BearerCredential();
        c.tokenHash = Secrets.hash(secret);
        c.createdAt = now;
        c.expiresAt = now.plus(Duration.ofDays(days));
        return new Issued(c, secret);
    }

    /** A new secret for the same credential: the old one stops at once. */
    public String renew(String prefix) {
        String secret = Secrets.newToken(prefix);
        tokenHash = Secrets.hash(secret);
        return secret;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    /** Stops it; revoking again keeps the first moment. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
}
