package vn.wtcexpo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.wtcexpo.shared.Secrets;

/**
 * Somewhere an account signed in with its password before: a browser, by the secret of its device cookie (kept as
 * its SHA-256), or, over the API, the address it last signed in from. Failures from elsewhere never hold it back.
 */
@Entity
@Table(name = "known_device")
public class KnownDevice {

    public enum Kind { COOKIE, ADDRESS }

    /** The device cookie's name; its value is a random secret, good only for the account it was issued to. */
    public static final String COOKIE = "wtc_device";
    public static final String COOKIE_PREFIX = "wtcb_";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 32)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected KnownDevice() {
    }

    private KnownDevice(String tokenHash, String username, Kind kind, Instant now) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.kind = kind;
        this.createdAt = now;
        this.lastSeen = now;
    }

    /** A new browser for {@code username}: the device and the cookie's secret, which only the browser keeps. */
    public record Issued(KnownDevice device, String secret) {
    }

    public static Issued browser(String username, Instant now) {
        String secret = Secrets.newToken(COOKIE_PREFIX);
        return new Issued(new KnownDevice(Secrets.hash(secret), username, Kind.COOKIE, now), secret);
    }

    public static KnownDevice address(String username, String address, Instant now) {
        return new KnownDevice(addressHash(username, address), username, Kind.ADDRESS, now);
    }

    public static String cookieHash(String secret) {
        return Secrets.hash(secret);
    }

    public static String addressHash(String username, String address) {
        return Secrets.hash("address:" + username + "|" + address);
    }

    public void seen(Instant now) {
        lastSeen = now;
    }

    public String tokenHash() { return tokenHash; }
    public String username() { return username; }
    public Kind kind() { return kind; }
}
