package vn.wtcexpo.registration.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;

class BadgeCodeTest {

    private static final KeyPair EVENT_KEY = pair();
    private static final KeyPair OTHER_KEY = pair();
    private static final UUID EVENT = UUID.fromString("6f1c2a0e-8b1d-4c55-9d1e-3b7f0c2a9e11");
    private static final byte[] SECRET = "0123456789abcdef".getBytes();

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code() {
        return BadgeCode.sign(EVENT, SECRET, 3, BadgeKind.PRESS, EVENT_KEY.getPrivate());
    }

    @Test
    void signedCode_readsBackWhatWasSigned() {
        BadgeCode c = BadgeCode.parse(code()).orElseThrow();
        assertEquals(EVENT, c.eventId());
        assertEquals(3, c.serial());
        assertEquals(BadgeKind.PRESS, c.kind());
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(SECRET), c.secretText());
        assertTrue(c.verifiedBy(EVENT_KEY.getPublic()));
    }

    @Test
    void code_isUrlSafeTextOf139Characters() {
        assertTrue(code().matches("[A-Za-z0-9_-]{139}"), code());
    }

    @Test
    void everyFlippedBit_isRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(code());
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] altered = bytes.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            String text = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            Optional<BadgeCode> parsed = BadgeCode.parse(text);
            assertFalse(parsed.isPresent() && parsed.get().verifiedBy(EVENT_KEY.getPublic()), "bit " + bit + " accepted");
        }
    }

    @Test
    void codeSignedByAnotherEventsKey_isRefused() {
        String forged = BadgeCode.sign(EVENT, SECRET, 3, BadgeKind.PRESS, OTHER_KEY.getPrivate());
        assertFalse(BadgeCode.parse(forged).orElseThrow().verifiedBy(EVENT_KEY.getPublic()));
    }

    @Test
    void anotherSpellingOfTheSameBytes_isRefused() {
        assertTrue(BadgeCode.parse(code() + "=").isEmpty());
        assertTrue(BadgeCode.parse(code().replace('-', '+').replace('_', '/')).isEmpty() || !code().matches(".*[-_].*"));
    }

    @Test
    void junk_isNotACode() {
        assertTrue(BadgeCode.parse("").isEmpty());
        assertTrue(BadgeCode.parse("hello").isEmpty());
        assertTrue(BadgeCode.parse("1234").isEmpty());
        assertTrue(BadgeCode.parse(null).isEmpty());
        assertTrue(BadgeCode.parse("x".repeat(10_000)).isEmpty());
    }

    @Test
    void anotherVersion_isRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(code());
        bytes[0] = 2;
        assertTrue(BadgeCode.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).isEmpty());
    }
}
