package vn.wtcexpo.insight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;

class CrowdHistoryTest {

    @Test
    void theShowUpRate_isTheMeanOfPastDays() {
        CrowdHistory h = new CrowdHistory(List.of(Days.past(1, 1000, 500), Days.past(2, 1000, 700), Days.past(3, 1000, 600)));
        CrowdHistory.Rate r = h.showUp(BadgeKind.VISITOR, DayTimeline.Kind.WEEKDAY);
        assertEquals(0.6, r.mean(), 1e-9);
        assertEquals(3, r.days());
        assertEquals(0.1 / 0.6, r.variation(), 1e-9);
    }

    @Test
    void withoutADayOfTheSameKind_anyDayTeaches() {
        CrowdHistory h = new CrowdHistory(List.of(Days.past(1, 1000, 400)));
        assertEquals(0.4, h.showUp(BadgeKind.VISITOR, DayTimeline.Kind.WEEKEND).mean(), 1e-9);
    }

    @Test
    void aDayWithFewRegistered_teachesNothing_andTheDefaultSaysSo() {
        CrowdHistory h = new CrowdHistory(List.of(Days.past(1, 10, 10)));
        CrowdHistory.Rate r = h.showUp(BadgeKind.VISITOR, DayTimeline.Kind.WEEKDAY);
        assertEquals(CrowdHistory.DEFAULT_VISITOR_SHOW_UP, r.mean(), 1e-9);
        assertEquals(0, r.days());
    }

    @Test
    void theArrivalShape_isLearnedFromWhenPeopleCame() {
        CrowdHistory h = new CrowdHistory(List.of(Days.past(1, 1000, 400)));
        double[] shape = h.shape(BadgeKind.VISITOR, DayTimeline.Kind.WEEKDAY, Days.THURSDAY.slots()).over(Days.THURSDAY.slots());
        assertEquals(0.25, shape[DayTimeline.LEAD_SLOTS], 1e-9);
        assertEquals(0.0, shape[DayTimeline.LEAD_SLOTS + 4], 1e-9);
    }

    @Test
    void aLane_clearsWhatItsBusiestMinutesCleared() {
        int[] busy = new int[25];
        java.util.Arrays.fill(busy, 8);
        PastDay d = new PastDay(Days.THURSDAY, java.util.Map.of(), java.util.Map.of(), 0, new int[0], busy);
        assertEquals(8, new CrowdHistory(List.of(d)).lanePerMinute(), 1e-9);
        assertEquals(CrowdHistory.DEFAULT_LANE_PER_MINUTE, new CrowdHistory(List.of()).lanePerMinute(), 1e-9);
    }
}
