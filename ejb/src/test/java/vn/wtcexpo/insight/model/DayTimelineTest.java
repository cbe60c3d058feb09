package vn.wtcexpo.insight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DayTimelineTest {

    @Test
    void aDay_isAnHourOfLeadAndItsOpeningHours_inQuarterHours() {
        assertEquals(4 + 32, Days.THURSDAY.slots());
        assertEquals(LocalTime.of(8, 0), Days.THURSDAY.start(0).atZone(Days.VIETNAM).toLocalTime());
    }

    @Test
    void momentsOutsideTheDay_fallInItsFirstOrLastSlot() {
        assertEquals(0, Days.THURSDAY.slotOf(Days.THURSDAY.day().atTime(6, 0).atZone(Days.VIETNAM).toInstant()));
        assertEquals(35, Days.THURSDAY.slotOf(Days.THURSDAY.day().atTime(20, 0).atZone(Days.VIETNAM).toInstant()));
        assertEquals(5, Days.THURSDAY.slotOf(Days.THURSDAY.day().atTime(9, 20).atZone(Days.VIETNAM).toInstant()));
    }

    @Test
    void aDayOpenUntilMidnight_closesAt24() {
        DayTimeline d = new DayTimeline(Days.THURSDAY.day(), LocalTime.of(18, 0), LocalTime.MIDNIGHT, Days.VIETNAM);
        assertEquals(6 * 60, d.openMinutes());
    }
}
