package vn.wtcexpo.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2027-03-01T01:00:00Z");

    @Test
    void aToken_isHighEntropyAndStoredOnlyAsItsHash() {
        ApiToken.Issued issued = ApiToken.issue("organizer", "Build server", 30, T0);
        assertTrue(issued.secret().startsWith(ApiToken.PREFIX));
        assertTrue(issued.secret().length() >= 40);
        assertNotEquals(issued.secret(), ApiToken.hash(issued.secret()));
        assertEquals(64, ApiToken.hash(issued.secret()).length());
    }

    @Test
    void aToken_isUsableUntilItExpires() {
        ApiToken t = ApiToken.issue("organizer", "Build server", 30, T0).token();
        assertTrue(t.isUsableAt(T0.plusSeconds(29 * 86_400)));
        assertFalse(t.isUsableAt(T0.plusSeconds(30 * 86_400)));
    }

    @Test
    void aRevokedToken_isNotUsable() {
        ApiToken t = ApiToken.issue("organizer", "Build server", 30, T0).token();
        t.revoke(T0.plusSeconds(5));
        assertFalse(t.isUsableAt(T0.plusSeconds(6)));
    }

    @Test
    void aTokenForMoreThanAYear_isRefused() {
        assertEquals("TOKEN_DAYS_OUT_OF_RANGE",
                assertThrows(DomainException.class, () -> ApiToken.issue("organizer", "x", 367, T0)).code());
    }
}
