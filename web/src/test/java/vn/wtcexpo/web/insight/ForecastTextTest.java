package vn.wtcexpo.web.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.LanePlanner;
import vn.wtcexpo.insight.model.DayTimeline;
import vn.wtcexpo.web.i18n.Texts;

class ForecastTextTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DayTimeline DAY = new DayTimeline(LocalDate.of(2027, 3, 11), LocalTime.of(9, 0), LocalTime.of(17, 0), VIETNAM);

    private static Instant at(int h, int m) {
        return DAY.day().atTime(h, m).atZone(VIETNAM).toInstant();
    }

    private static CrowdForecast forecast(int paired) {
        CrowdForecast.HallForecast c = new CrowdForecast.HallForecast("C", 2080, 1850, at(10, 45), null, List.of(),
                List.of(new LanePlanner.LaneRange("C-NORTH", at(8, 45), at(10, 15), 6),
                        new LanePlanner.LaneRange("C-NORTH", at(10, 15), at(17, 0), 2)));
        return new CrowdForecast(DAY, at(8, 0), 5200, 4700, 5800, new CrowdForecast.Basis(4100, 12, 950, 1.05, false),
                List.of(c), 6, paired, 5);
    }

    @Test
    void theSentence_saysWhereAndWhenItPeaks_andTheLanesOfTheRush() {
        assertEquals("Hall C should peak at about 1,850 (89 % of capacity) around 10:45; open 6 lanes at C-NORTH from "
                + "08:45 to 10:15.", ForecastText.summary(forecast(6), Texts.EN));
    }

    @Test
    void theSentence_inVietnamese_groupsThousandsTheVietnameseWay() {
        String vi = ForecastText.summary(forecast(6), Texts.VI);
        assertTrue(vi.startsWith("Sảnh C dự kiến đông nhất khoảng 1.850 người (89 % sức chứa) vào khoảng 10:45"), vi);
    }

    @Test
    void tooFewPairedScanners_areSaid() {
        assertTrue(ForecastText.summary(forecast(2), Texts.EN).endsWith("That needs 6 scanners at once; paired now: 2."));
    }

    @Test
    void theBasis_saysHowManyPastDaysItLearnedFrom() {
        assertEquals("Based on 4,100 registrations and what 12 past show days at the venue taught.",
                ForecastText.basis(forecast(6), Texts.EN));
    }

    @Test
    void aDayNobodyIsExpected_saysSo_ratherThanAPeakOfNone() {
        CrowdForecast.HallForecast empty = new CrowdForecast.HallForecast("C", 2080, 0, null, null, List.of(), List.of());
        CrowdForecast f = new CrowdForecast(DAY, at(8, 0), 0, 0, 0, new CrowdForecast.Basis(0, 0, 0, 1, true), List.of(empty),
                1, 1, 5);
        assertEquals("No one is expected yet: no badges admit on this day so far.", ForecastText.summary(f, Texts.EN));
    }
}
