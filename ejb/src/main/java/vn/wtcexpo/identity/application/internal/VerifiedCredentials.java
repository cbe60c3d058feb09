package vn.wtcexpo.identity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a username and password were right, so that a client sending HTTP
 * Basic on every call pays PBKDF2 (about a quarter of a second at today's cost) once, not per call. The
 * key is an HMAC of the pair under a random key that lives only in this server's memory; the entry also
 * holds the password hash it was checked against, so a changed password (or a disabled account, which
 * the caller checks) is never served from here.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String username, String passwordHash, Instant expiresAt) {
    }

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this pair was verified against {@code currentHash} recently. */
    public boolean isKnown(String username, String password, String currentHash, Instant now) {
        Entry e = entries.get(fingerprint(username, password));
        return e != null && e.username().equals(username) && e.passwordHash().equals(currentHash)
                && e.expiresAt().isAfter(now);
    }

    public void remember(String username, String password, String hash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password), new Entry(username, hash, now.plus(TIME_TO_LIVE)));
    }

    /** Forgets every pair of {@code username} (password changed, account disabled). */
    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
