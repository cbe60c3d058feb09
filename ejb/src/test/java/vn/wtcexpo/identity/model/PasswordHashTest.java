package vn.wtcexpo.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    /** A hash as Jakarta Security's Pbkdf2PasswordHash wrote them before (3,072 iterations). */
    private static String legacyHash(String password) throws Exception {
        byte[] salt = new byte[32];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) i;
        }
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 3072, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:3072:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aHashWrittenBefore_stillMatchesItsPassword() throws Exception {
        assertTrue(PasswordHash.parse(legacyHash("demo-pass")).matches("demo-pass"));
    }

    @Test
    void aHashWrittenBefore_isWeakerThanToday() throws Exception {
        assertTrue(PasswordHash.parse(legacyHash("demo-pass")).isWeakerThanPolicy());
    }

    @Test
    void aNewHash_usesTodaysCost_andMatchesOnlyItsPassword() {
        PasswordHash hash = PasswordHash.parse(PasswordHash.of("correct horse"));
        assertEquals(PasswordHash.ITERATIONS, hash.iterations());
        assertFalse(hash.isWeakerThanPolicy());
        assertTrue(hash.matches("correct horse"));
        assertFalse(hash.matches("correct hors"));
    }

    @Test
    void twoHashesOfOnePassword_differ() {
        assertNotEquals(PasswordHash.of("same", 1000), PasswordHash.of("same", 1000));
    }

    @Test
    void somethingElse_isNoHash() {
        assertNull(PasswordHash.parse("plain text"));
        assertNull(PasswordHash.parse("PBKDF2WithHmacSHA256:x:y:z"));
        assertNull(PasswordHash.parse(null));
    }
}
