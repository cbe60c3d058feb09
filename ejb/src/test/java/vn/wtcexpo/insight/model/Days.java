package vn.wtcexpo.insight.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import vn.wtcexpo.shared.BadgeKind;

/** Show days and past days for the forecast's tests. */
final class Days {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A Thursday, 09:00–17:00: 4 lead slots + 32 = 36 slots. */
    static final DayTimeline THURSDAY = new DayTimeline(LocalDate.of(2027, 3, 11), LocalTime.of(9, 0), LocalTime.of(17, 0), VIETNAM);

    private Days() {
    }

    /** A past Thursday on which {@code came} of {@code registered} visitors came, all in the first hour after opening. */
    static PastDay past(int daysBefore, int registered, int came) {
        DayTimeline d = new DayTimeline(THURSDAY.day().minusWeeks(daysBefore), LocalTime.of(9, 0), LocalTime.of(17, 0), VIETNAM);
        long[] arrivals = new long[d.slots()];
        for (int i = 0; i < came; i++) {
            arrivals[DayTimeline.LEAD_SLOTS + i % 4]++;
        }
        Map<BadgeKind, Integer> reg = new EnumMap<>(BadgeKind.class);
        reg.put(BadgeKind.VISITOR, registered);
        Map<BadgeKind, long[]> arr = new EnumMap<>(BadgeKind.class);
        arr.put(BadgeKind.VISITOR, arrivals);
        return new PastDay(d, reg, arr, 0, new int[0], new int[0]);
    }
}
