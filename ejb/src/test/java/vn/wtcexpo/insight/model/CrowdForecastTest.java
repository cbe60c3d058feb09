package vn.wtcexpo.insight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;

class CrowdForecastTest {

    private static final CrowdForecast.Plan PLAN = new CrowdForecast.Plan(Days.THURSDAY, Map.of(BadgeKind.VISITOR, 1000),
            List.of(new CrowdForecast.Hall("C", 2000, List.of("C-NORTH"))), 2, 5);

    private static Instant at(int hour, int minute) {
        return Days.THURSDAY.day().atTime(hour, minute).atZone(Days.VIETNAM).toInstant();
    }

    private static CrowdForecast.SoFar nothingYet() {
        return new CrowdForecast.SoFar(at(7, 0), Map.of(), Map.of(), Map.of(), 0);
    }

    /** {@code came} arrivals spread over the slots before {@code now}, all through C-NORTH, all still inside. */
    private static CrowdForecast.SoFar soFar(Instant now, long came) {
        int passed = Days.THURSDAY.slotsPassed(now);
        long[] arrivals = new long[Days.THURSDAY.slots()];
        for (long i = 0; i < came; i++) {
            arrivals[(int) (i % passed)]++;
        }
        return new CrowdForecast.SoFar(now, Map.of("C", arrivals), Map.of("C-NORTH", came), Map.of("C", came), came);
    }

    @Test
    void withoutHistory_theDayIsTheRegisteredTimesTheDefaults_andSaysSo() {
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), PLAN, nothingYet());
        assertEquals(Math.round(1000 * (CrowdHistory.DEFAULT_VISITOR_SHOW_UP + CrowdHistory.DEFAULT_WALK_IN_RATIO)),
                f.expectedVisitors());
        assertTrue(f.basis().defaults());
        assertEquals(0, f.basis().pastDays());
    }

    @Test
    void theBand_holdsTheExpectedDay() {
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), PLAN, nothingYet());
        assertTrue(f.expectedLow() < f.expectedVisitors() && f.expectedVisitors() < f.expectedHigh());
    }

    @Test
    void aDayRunningAboveItsShape_raisesTheRestOfIt() {
        CrowdHistory h = new CrowdHistory(List.of());
        Instant ten = at(10, 0);
        double before = Days.THURSDAY.slots() > 0 ? h.shape(BadgeKind.VISITOR, DayTimeline.Kind.WEEKDAY, Days.THURSDAY.slots())
                .before(Days.THURSDAY.slotsPassed(ten), Days.THURSDAY.slots()) : 0;
        long expectedByTen = Math.round(700 * before);
        CrowdForecast onShape = CrowdForecast.of(h, PLAN, soFar(ten, expectedByTen));
        CrowdForecast above = CrowdForecast.of(h, PLAN, soFar(ten, Math.round(expectedByTen * 1.3)));
        assertTrue(above.expectedVisitors() > onShape.expectedVisitors() * 1.15,
                above.expectedVisitors() + " against " + onShape.expectedVisitors());
        assertTrue(above.basis().correction() > 1.15, "correction " + above.basis().correction());
    }

    @Test
    void theBand_narrowsAsTheDayRuns() {
        CrowdHistory h = new CrowdHistory(List.of());
        CrowdForecast morning = CrowdForecast.of(h, PLAN, nothingYet());
        CrowdForecast afternoon = CrowdForecast.of(h, PLAN, soFar(at(14, 0), 600));
        assertTrue(afternoon.expectedHigh() - afternoon.expectedLow() < (morning.expectedHigh() - morning.expectedLow()) / 2);
    }

    @Test
    void theExpectedDay_isNeverBelowThoseAlreadyAdmitted() {
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), PLAN, soFar(at(16, 30), 1500));
        assertTrue(f.expectedVisitors() >= 1500);
        assertTrue(f.expectedLow() >= 1500);
    }

    @Test
    void aHallFillingUp_isWarnedOfBeforeItReachesNinetyPercent() {
        CrowdForecast.Plan small = new CrowdForecast.Plan(Days.THURSDAY, Map.of(BadgeKind.VISITOR, 1000),
                List.of(new CrowdForecast.Hall("C", 400, List.of("C-NORTH"))), 2, 5);
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), small, soFar(at(9, 30), 150));
        CrowdForecast.HallForecast c = f.halls().get(0);
        assertNotNull(c.reachesWarningAt());
        assertTrue(c.reachesWarningAt().isAfter(at(9, 30)));
        assertTrue(c.peakInside() >= 0.9 * 400);
    }

    @Test
    void theInsideCount_startsFromThoseInsideNow() {
        CrowdForecast.SoFar s = soFar(at(12, 0), 300);
        CrowdForecast.SoFar fewerInside = new CrowdForecast.SoFar(s.now(), s.arrivals(), s.gateEntries(), Map.of("C", 100L), 300);
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), PLAN, fewerInside);
        long atNoon = f.halls().get(0).slots().get(Days.THURSDAY.slotOf(at(11, 45))).inside();
        assertEquals(100, atNoon);
    }

    @Test
    void aRushAtTheGate_asksForMoreLanesThanThePairedDevices() {
        CrowdForecast.Plan big = new CrowdForecast.Plan(Days.THURSDAY, Map.of(BadgeKind.VISITOR, 10_000),
                List.of(new CrowdForecast.Hall("C", 20_000, List.of("C-NORTH"))), 2, 5);
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), big, nothingYet());
        assertTrue(f.lanesAtPeak() > f.pairedDevices(), "lanes at the peak: " + f.lanesAtPeak());
        assertEquals(f.lanesAtPeak(), CrowdForecast.busiest(f.halls().get(0)).lanes());
    }

    @Test
    void aDayOpenAroundTheClock_hasItsCrowdInTheVenuesMorning() {
        DayTimeline allDay = new DayTimeline(Days.THURSDAY.day(), java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT, Days.VIETNAM);
        CrowdForecast.Plan plan = new CrowdForecast.Plan(allDay, Map.of(BadgeKind.VISITOR, 1000),
                List.of(new CrowdForecast.Hall("C", 2000, List.of("C-NORTH"))), 2, 5);
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), plan,
                new CrowdForecast.SoFar(at(0, 0).minusSeconds(7200), Map.of(), Map.of(), Map.of(), 0));
        CrowdForecast.SlotForecast busiest = f.halls().get(0).slots().stream()
                .max(java.util.Comparator.comparingLong(CrowdForecast.SlotForecast::arrivals)).orElseThrow();
        int hour = busiest.start().atZone(Days.VIETNAM).getHour();
        assertTrue(hour >= 9 && hour < 12, "the rush at " + busiest.start());
    }

    @Test
    void aDayGoneBy_peaksWhereItsCrowdWasHighest_notAtItsClose() {
        CrowdForecast f = CrowdForecast.of(new CrowdHistory(List.of()), PLAN, soFar(at(17, 0), 300));
        CrowdForecast.HallForecast c = f.halls().get(0);
        assertTrue(c.peakInside() > 0);
        assertTrue(c.peakAt().isBefore(at(17, 0)));
    }
}
