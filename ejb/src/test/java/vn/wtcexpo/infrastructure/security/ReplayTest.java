package vn.wtcexpo.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:00:00Z");

    @Test
    void aScene_lastsAsLongAsItsWork() {
        String who = Replay.as("organizer", Set.of("ORGANIZER"), AT, () -> Replay.current().orElseThrow().username());
        assertEquals("organizer", who);
        assertTrue(Replay.current().isEmpty());
    }

    @Test
    void aScene_endsEvenWhenItsWorkFails() {
        assertThrows(IllegalArgumentException.class, () -> Replay.as("admin", Set.of(), AT, () -> {
            throw new IllegalArgumentException("refused");
        }));
        assertTrue(Replay.current().isEmpty());
    }

    @Test
    void scenes_doNotNest() {
        assertThrows(IllegalStateException.class,
                () -> Replay.as("admin", Set.of(), AT, () -> Replay.as("organizer", Set.of(), AT, () -> "")));
        assertTrue(Replay.current().isEmpty());
    }
}
