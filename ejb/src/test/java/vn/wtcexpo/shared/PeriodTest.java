package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one notion of "overlaps": half-open periods. */
class PeriodTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    private static Period hours(int from, int to) {
        return new Period(T.plusSeconds(3600L * from), T.plusSeconds(3600L * to));
    }

    @Test
    void periodsThatShareAnHour_overlap() {
        assertTrue(hours(0, 3).overlaps(hours(2, 5)));
    }

    @Test
    void periodsThatOnlyTouch_doNotOverlap() {
        assertFalse(hours(0, 3).overlaps(hours(3, 5)));
        assertFalse(hours(3, 5).overlaps(hours(0, 3)));
    }

    @Test
    void aPeriodInsideAnother_overlapsIt() {
        assertTrue(hours(0, 10).overlaps(hours(4, 5)));
        assertTrue(hours(4, 5).overlaps(T, T.plusSeconds(36_000)));
    }

    @Test
    void aPeriodEnds_afterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> hours(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new Period(T, null));
    }

    @Test
    void daysInVietnam_runFromLocalMidnightToTheMidnightAfterTheLast() {
        Period p = Period.ofDays(LocalDate.of(2030, 1, 2), LocalDate.of(2030, 1, 3));
        assertEquals(Instant.parse("2030-01-01T17:00:00Z"), p.start());
        assertEquals(Instant.parse("2030-01-03T17:00:00Z"), p.end());
    }

    @Test
    void daysWithoutALastOne_runToTheEndOfTime() {
        assertEquals(Period.END_OF_TIME, Period.ofDays(LocalDate.of(2030, 1, 2), null).end());
    }
}
