package vn.wtcexpo.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OncePerTest {

    @Test
    void theFirstCall_isLetThrough_thenNoneUntilThePeriodHasPassed() {
        ExpoAuthenticationMechanism.OncePer once = new ExpoAuthenticationMechanism.OncePer(1_000);
        assertTrue(once.tryAcquire(-5_000));
        assertFalse(once.tryAcquire(-4_500));
        assertFalse(once.tryAcquire(-4_001));
        assertTrue(once.tryAcquire(-4_000));
        assertFalse(once.tryAcquire(-3_999));
    }
}
