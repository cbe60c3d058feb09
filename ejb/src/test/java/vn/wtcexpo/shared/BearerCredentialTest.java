package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A bearer credential: usable from its making until it expires or is revoked. */
class BearerCredentialTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    @Test
    void itsSecret_carriesThePrefix_andIsNeverStored() {
        BearerCredential.Issued i = BearerCredential.issue("wtcd_", 1, 30, NOW);
        assertTrue(i.secret().startsWith("wtcd_"));
        assertEquals(48, i.secret().length());
    }

    @Test
    void itIsUsableUntilItExpires() {
        BearerCredential c = BearerCredential.issue("wtc_", 2, 30, NOW).credential();
        assertTrue(c.usableAt(NOW.plus(Duration.ofDays(2)).minusSeconds(1)));
        assertFalse(c.usableAt(NOW.plus(Duration.ofDays(2))));
    }

    @Test
    void revokingStopsIt_andKeepsTheFirstMoment() {
        BearerCredential c = BearerCredential.issue("wtc_", 2, 30, NOW).credential();
        c.revoke(NOW.plusSeconds(5));
        c.revoke(NOW.plusSeconds(9));
        assertFalse(c.usableAt(NOW.plusSeconds(6)));
        assertEquals(NOW.plusSeconds(5), c.revokedAt());
    }

    @Test
    void renewing_givesANewSecret() {
        BearerCredential.Issued i = BearerCredential.issue("wtcd_", 1, 30, NOW);
        assertNotEquals(i.secret(), i.credential().renew("wtcd_"));
    }

    @Test
    void daysOutsideTheRange_areRefused() {
        assertEquals("TOKEN_DAYS_OUT_OF_RANGE",
                assertThrows(DomainException.class, () -> BearerCredential.issue("wtc_", 0, 30, NOW)).code());
        assertEquals("TOKEN_DAYS_OUT_OF_RANGE",
                assertThrows(DomainException.class, () -> BearerCredential.issue("wtc_", 31, 30, NOW)).code());
    }
}
