package vn.wtcexpo.identity.model;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password: PBKDF2 with HMAC-SHA256, written {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<key>}
 * (salt and key in Base64; the format of Jakarta Security's {@code Pbkdf2PasswordHash}, so hashes
 * written before stay valid). The iteration count travels with each hash: raising {@link #ITERATIONS}
 * keeps old hashes readable, and {@link #isWeakerThanPolicy()} tells when to rehash at the next sign-in.
 */
public final class PasswordHash {

    /** OWASP's Password Storage Cheat Sheet (2023 onwards) for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] key;

    private PasswordHash(int iterations, byte[] salt, byte[] key) {
        this.iterations = iterations;
        this.salt = salt;
        this.key = key;
    }

    /** A new hash of {@code password} at today's cost. */
    public static String of(String password) {
        return of(password, ITERATIONS);
    }

    static String of(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations, KEY_BYTES)).toString();
    }

    /** Reads a stored hash; null if it is not one (then no password matches it). */
    public static PasswordHash parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return null;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] key = Base64.getDecoder().decode(parts[3]);
            return iterations > 0 && salt.length > 0 && key.length > 0 ? new PasswordHash(iterations, salt, key) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code password} is the one hashed here (a comparison in constant time). */
    public boolean matches(String password) {
        return MessageDigest.isEqual(key, derive(password == null ? "" : password, salt, iterations, key.length));
    }

    /** Whether this hash was made at a lower cost than today's policy: rehash it when the password is known. */
    public boolean isWeakerThanPolicy() {
        return iterations < ITERATIONS;
    }

    public int iterations() {
        return iterations;
    }

    /** Spends the same time as checking a real hash, so that unknown usernames cannot be told by timing. */
    public static void spendAsMuchAsAVerification(String password) {
        derive(password == null ? "" : password, new byte[SALT_BYTES], ITERATIONS, KEY_BYTES);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int keyBytes) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    @Override
    public String toString() {
        return ALGORITHM + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }
}
