package vn.wtcexpo.insight.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanePlannerTest {

    @Test
    void fewPeople_needOneLane() {
        assertArrayEquals(new int[]{1, 1}, LanePlanner.lanes(new double[]{10, 0}, 6, 5));
    }

    @Test
    void aRush_getsTheFewestLanesThatKeepTheWaitUnderTheTarget() {
        // 600 in a quarter-hour, 6 a minute a lane: 5 lanes leave 150 for 5 minutes; 6 leave 60 for 1.7 minutes
        assertArrayEquals(new int[]{7}, LanePlanner.lanes(new double[]{600}, 6, 1));
        assertArrayEquals(new int[]{5}, LanePlanner.lanes(new double[]{600}, 6, 5));
    }

    @Test
    void aQueueLeftOver_carriesIntoTheNextQuarterHour() {
        int[] lanes = LanePlanner.lanes(new double[]{600, 0}, 6, 5);
        // 150 still waiting: one lane clears 90 and leaves 60 for 10 minutes; two clear them all
        assertEquals(2, lanes[1]);
    }

    @Test
    void runsOfEqualLanes_areOneRange() {
        assertEquals(2, LanePlanner.ranges("C-NORTH", new int[]{1, 3, 3}, 0, Days.THURSDAY).size());
    }
}
