package vn.wtcexpo.venue.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class BlackoutTest {

    private static final Instant T = Instant.parse("2027-02-04T17:00:00Z");
    private final Hall hall = TestHalls.hall("A", 100, 100);

    private static String refusal(Runnable action) {
        return assertThrows(DomainException.class, action::run).code();
    }

    @Test
    void endBeforeStart_isRefused() {
        assertEquals("PERIOD_END_BEFORE_START", refusal(() -> new Blackout(hall, T, T.minusSeconds(1), "Tết", "admin")));
    }

    @Test
    void emptyPeriod_isRefused() {
        assertEquals("PERIOD_END_BEFORE_START", refusal(() -> new Blackout(hall, T, T, "Tết", "admin")));
    }

    @Test
    void missingReason_isRefused() {
        assertEquals("TEXT_REQUIRED", refusal(() -> new Blackout(hall, T, T.plusSeconds(3600), "  ", "admin")));
    }

    @Test
    void longerThanAYear_isRefused() {
        assertEquals("BLACKOUT_TOO_LONG", refusal(() -> new Blackout(hall, T, T.plus(Duration.ofDays(367)), "x", "admin")));
    }

    @Test
    void overlaps_isHalfOpen() {
        Blackout b = new Blackout(hall, T, T.plus(Duration.ofDays(2)), "Tết", "admin");
        assertTrue(b.overlaps(T.minusSeconds(60), T.plusSeconds(1)));
        assertTrue(b.overlaps(T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(5))));
        assertFalse(b.overlaps(T.minus(Duration.ofDays(1)), T));
        assertFalse(b.overlaps(T.plus(Duration.ofDays(2)), T.plus(Duration.ofDays(3))));
    }
}
