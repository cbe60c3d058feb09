package vn.wtcexpo.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.infrastructure.security.Replay;

class ClocksTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:00:00Z");
    private final Clock clock = new Clocks().clock();

    @Test
    void outsideAScene_theClockIsTheSystems() {
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().toSeconds() < 5);
    }

    @Test
    void inAScene_theClockReadsItsMoment() {
        assertEquals(AT, Replay.as("organizer", Set.of(), AT, clock::instant));
    }

    @Test
    void inAScene_aDayInVietnamIsTheScenesDay() {
        Clock vietnam = clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(LocalDate.of(2026, 11, 1), Replay.as("organizer", Set.of(), AT, () -> LocalDate.now(vietnam)));
    }
}
