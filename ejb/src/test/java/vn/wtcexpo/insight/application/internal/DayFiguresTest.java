package vn.wtcexpo.insight.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.gate.application.ScanHistory.CountedScan;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.PastDay;
import vn.wtcexpo.insight.model.DayTimeline;
import vn.wtcexpo.registration.application.RegistrationFigures.Issued;
import vn.wtcexpo.shared.BadgeKind;

class DayFiguresTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DayTimeline DAY = new DayTimeline(LocalDate.of(2027, 3, 11), LocalTime.of(9, 0), LocalTime.of(17, 0), VIETNAM);

    private static Instant at(int h, int m) {
        return DAY.day().atTime(h, m).atZone(VIETNAM).toInstant();
    }

    private static CountedScan in(String badge, String gate, int h, int m) {
        return new CountedScan(badge, BadgeKind.VISITOR, "C", gate, true, "phone-1", at(h, m));
    }

    private static CountedScan out(String badge, int h, int m) {
        return new CountedScan(badge, BadgeKind.VISITOR, "C", "C-EXIT", false, "phone-2", at(h, m));
    }

    @Test
    void aVisitorArrives_once_atTheirFirstEntry() {
        PastDay d = DayFigures.past(DAY, Map.of(), 0, List.of(in("b1", "C-NORTH", 9, 5), out("b1", 10, 5), in("b1", "C-NORTH", 11, 0)));
        long[] arrivals = d.arrivals().get(BadgeKind.VISITOR);
        assertEquals(1, d.came(BadgeKind.VISITOR));
        assertEquals(1, arrivals[DAY.slotOf(at(9, 5))]);
    }

    @Test
    void aStay_runsFromAnEntryToTheNextExit() {
        PastDay d = DayFigures.past(DAY, Map.of(), 0, List.of(in("b1", "C-NORTH", 9, 5), out("b1", 11, 35)));
        assertArrayEquals(new int[]{150}, d.stays());
    }

    @Test
    void aBusyLaneMinute_countsItsEntries() {
        List<CountedScan> scans = List.of(in("b1", "C-NORTH", 9, 5), in("b2", "C-NORTH", 9, 5), in("b3", "C-NORTH", 9, 5),
                in("b4", "C-NORTH", 9, 6));
        assertArrayEquals(new int[]{3}, DayFigures.past(DAY, Map.of(), 0, scans).laneMinutes());
    }

    @Test
    void theDaySoFar_countsFirstEntriesPerHall_andEveryEntryPerGate() {
        List<CountedScan> scans = List.of(in("b1", "C-NORTH", 9, 5), out("b1", 9, 30), in("b1", "C-SOUTH", 9, 40),
                in("b2", "C-SOUTH", 9, 50));
        CrowdForecast.SoFar s = DayFigures.soFar(DAY, at(10, 0), scans, Map.of("C", 2L));
        assertEquals(2, java.util.Arrays.stream(s.arrivals().get("C")).sum());
        assertEquals(Map.of("C-NORTH", 1L, "C-SOUTH", 2L), s.gateEntries());
        assertEquals(2, s.visitorsAdmitted());
    }

    @Test
    void theDatabasesTally_givesTheSameDaySoFarAsItsScans() {
        // b1 came at 08:10 (a quarter-hour in the lead hour), left, came back; b2 at 09:50; b3 only left (no arrival)
        List<CountedScan> scans = List.of(in("b1", "C-NORTH", 8, 10), out("b1", 9, 30), in("b1", "C-SOUTH", 9, 40),
                in("b2", "C-SOUTH", 9, 50), out("b3", 9, 55));
        CrowdForecast.SoFar fromScans = DayFigures.soFar(DAY, at(10, 0), scans, Map.of("C", 2L));
        // what the database answers for the same scans: first entries per hall, kind and quarter-hour since opening
        vn.wtcexpo.gate.application.ScanHistory.Tally tally = new vn.wtcexpo.gate.application.ScanHistory.Tally(List.of(
                new vn.wtcexpo.gate.application.ScanHistory.FirstEntries("C", BadgeKind.VISITOR, -4, 1),
                new vn.wtcexpo.gate.application.ScanHistory.FirstEntries("C", BadgeKind.VISITOR, 3, 1)),
                Map.of("C-NORTH", 1L, "C-SOUTH", 2L));
        CrowdForecast.SoFar fromTally = DayFigures.soFar(DAY, at(10, 0), tally, Map.of("C", 2L));
        assertArrayEquals(fromScans.arrivals().get("C"), fromTally.arrivals().get("C"));
        assertEquals(fromScans.gateEntries(), fromTally.gateEntries());
        assertEquals(fromScans.visitorsAdmitted(), fromTally.visitorsAdmitted());
    }

    @Test
    void aMomentJustBeforeASlot_isInTheSlotBefore() {
        assertEquals(DAY.slotOf(at(9, 0)) - 1, DAY.slotOf(at(9, 0).minusMillis(500)));
    }

    @Test
    void registered_areTheBadgesMadeBeforeOpening_thatAdmitThatDay() {
        List<Issued> issued = List.of(new Issued(BadgeKind.VISITOR, false, at(8, 0).minusSeconds(86_400)),
                new Issued(BadgeKind.VISITOR, true, at(10, 0)), new Issued(BadgeKind.CONTRACTOR, true, at(7, 0)));
        vn.wtcexpo.event.application.EventSummary event = new vn.wtcexpo.event.application.EventSummary("e1", "organizer",
                "Hội chợ", "Fair", null, null, vn.wtcexpo.event.model.EventStatus.PUBLISHED, at(9, 0), at(17, 0), List.of("C"),
                List.of(), List.of(new vn.wtcexpo.event.application.EventSummary.Day(DAY.day(), LocalTime.of(9, 0),
                        LocalTime.of(17, 0))),
                List.of(new vn.wtcexpo.event.application.EventSummary.BadgeTypeSummary(BadgeKind.VISITOR, List.of(DAY.day()),
                        List.of("C"))), DAY.day(), DAY.day(), null, at(8, 0));
        assertEquals(Map.of(BadgeKind.VISITOR, 1), DayFigures.registered(event, DAY, issued));
        assertEquals(1, DayFigures.walkIns(DAY, issued));
    }

    @Test
    void inside_areThoseWhoseLastScanWasAnEntry() {
        List<CountedScan> scans = List.of(in("b1", "C-NORTH", 9, 5), out("b1", 10, 5), in("b2", "C-NORTH", 9, 50),
                in("b3", "C-NORTH", 9, 55), out("b3", 11, 0), in("b3", "C-NORTH", 12, 0));
        assertEquals(Map.of("C", 2L), DayFigures.insideAt(scans));
    }
}
