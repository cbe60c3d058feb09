package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bearer secrets: random, prefixed, stored only as their hash. */
class SecretsTest {

    @Test
    void aToken_isItsPrefixAnd43Base64urlCharacters() {
        String token = Secrets.newToken("wtcd_");
        assertTrue(token.matches("wtcd_[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void twoTokens_differ() {
        assertNotEquals(Secrets.newToken("wtc_"), Secrets.newToken("wtc_"));
    }

    @Test
    void theStoredForm_isTheSha256InLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.hash("abc"));
    }
}
