package vn.wtcexpo.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's rules per counter, one rule per test. */
class SignInCounterTest {

    private static final Instant T0 = Instant.parse("2026-12-06T01:00:00Z");

    private static SignInCounter failed(String key, int times) {
        SignInCounter c = SignInCounter.start(key, T0);
        for (int i = 0; i < times; i++) {
            c.failed(T0);
        }
        return c;
    }

    @Test
    void fourMistypes_areNotThrottled() {
        assertEquals(0, failed(SignInCounter.pair("lan", "address:10.0.0.1"), 4).secondsToWait(T0));
    }

    @Test
    void theFifthFailureInARow_makesThePairWait30Seconds() {
        SignInCounter c = failed(SignInCounter.pair("lan", "address:10.0.0.1"), 5);
        assertEquals(30, c.secondsToWait(T0));
        assertEquals(0, c.secondsToWait(T0.plusSeconds(30)));
    }

    @Test
    void furtherFailures_doubleTheWait_upToFifteenMinutes() {
        assertEquals(120, failed(SignInCounter.pair("lan", "address:10.0.0.1"), 7).secondsToWait(T0));
        assertEquals(900, failed(SignInCounter.pair("lan", "address:10.0.0.1"), 30).secondsToWait(T0));
    }

    @Test
    void anHourOfQuiet_startsThePairAgain() {
        SignInCounter c = failed(SignInCounter.pair("lan", "address:10.0.0.1"), 4);
        c.failed(T0.plusSeconds(3601));
        assertEquals(0, c.secondsToWait(T0.plusSeconds(3601)));
    }

    @Test
    void oneColleaguesMistypes_doNotCloseTheOfficeAddress() {
        assertEquals(0, failed(SignInCounter.address("203.0.113.9"), 20).secondsToWait(T0));
    }

    @Test
    void aHundredFailuresFromOneAddress_closeItForTheRestOfTheWindow() {
        SignInCounter c = failed(SignInCounter.address("198.51.100.7"), 100);
        assertEquals(900, c.secondsToWait(T0));
        assertEquals(0, c.secondsToWait(T0.plusSeconds(15 * 60)));
    }

    @Test
    void aSpreadOutAttackOnOneAccount_slowsItToOneAttemptAMinute_andTellsTheOwnerOnce() {
        SignInCounter c = SignInCounter.start(SignInCounter.account("admin"), T0);
        int told = 0;
        for (int i = 0; i < 19; i++) {
            told += c.failed(T0) ? 1 : 0;
        }
        assertEquals(0, c.secondsToWait(T0));
        assertEquals(0, told);
        assertTrue(c.failed(T0), "the twentieth failure tells the owner");
        assertEquals(60, c.secondsToWait(T0));
        assertFalse(c.failed(T0.plusSeconds(60)), "told once, not at every failure");
    }

    @Test
    void theOwnerIsToldAgain_onlyAfterADay() {
        SignInCounter c = SignInCounter.start(SignInCounter.account("admin"), T0);
        for (int i = 0; i < 20; i++) {
            c.failed(T0);
        }
        Instant nextDay = T0.plusSeconds(24 * 3600);
        boolean told = false;
        for (int i = 0; i < 20; i++) {
            told |= c.failed(nextDay);
        }
        assertTrue(told);
    }

    @Test
    void aClosedAddress_opensAgainWhenItsWindowEnds() {
        SignInCounter c = failed(SignInCounter.address("10.0.0.9"), 100);
        assertEquals(15 * 60, c.secondsToWait(T0));
        Instant later = T0.plusSeconds(15 * 60);
        assertEquals(0, c.secondsToWait(later));
        c.failed(later);
        assertEquals(1, c.failures(), "a new window counts from its first failure");
        assertEquals(0, c.secondsToWait(later));
    }

    @Test
    void aSpreadAttack_countsOnlyTheFailuresOfItsWindow() {
        SignInCounter c = failed(SignInCounter.account("admin"), 19);
        c.failed(T0.plusSeconds(15 * 60));
        assertEquals(0, c.secondsToWait(T0.plusSeconds(15 * 60)), "nineteen old failures and one new one are not twenty");
    }

    @Test
    void aCounterThatStillHoldsSomeoneBack_isNotStale() {
        SignInCounter c = failed(SignInCounter.pair("lan", "address:10.0.0.1"), 15);
        assertFalse(c.isStale(T0.plusSeconds(600)), "the pair still waits out its fifteen minutes");
    }

    @Test
    void aCounterQuietForAnHour_withNothingBlocked_isStale() {
        SignInCounter c = failed(SignInCounter.pair("lan", "address:10.0.0.1"), 2);
        assertFalse(c.isStale(T0.plusSeconds(3599)));
        assertTrue(c.isStale(T0.plusSeconds(3601)));
    }

    @Test
    void aVeryLongKey_isCutToItsColumn() {
        assertEquals(200, SignInCounter.start(SignInCounter.pair("x".repeat(300), "address:1"), T0).key().length());
    }
}
