package vn.wtcexpo.insight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;

class ShowFiguresTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY1 = LocalDate.of(2026, 9, 10);
    private static final LocalDate DAY2 = LocalDate.of(2026, 9, 11);

    private final Map<String, ShowFigures.Person> people = new HashMap<>();
    private final List<ShowFigures.Scan> scans = new ArrayList<>();
    private final Set<String> earlier = new HashSet<>();
    private final List<ShowFigures.Lead> leads = new ArrayList<>();

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(VN).toInstant();
    }

    /** Registers {@code n} badges of a kind, named prefix-0.., with the given interests. */
    private void register(String prefix, int n, BadgeKind kind, String... interests) {
        for (int i = 0; i < n; i++) {
            people.put(prefix + i, new ShowFigures.Person(kind, true, prefix + i + "@mail", Set.of(interests)));
        }
    }

    /** Badges prefix-from..to-1 go into {@code hall} at h:m and out {@code stay} minutes later (no exit when 0). */
    private void come(String prefix, int from, int to, LocalDate day, String hall, int h, int m, int stay) {
        for (int i = from; i < to; i++) {
            ShowFigures.Person p = people.get(prefix + i);
            Instant in = at(day, h, m);
            scans.add(new ShowFigures.Scan(prefix + i, p.kind(), hall, true, in));
            if (stay > 0) {
                scans.add(new ShowFigures.Scan(prefix + i, p.kind(), hall, false, in.plusSeconds(stay * 60L)));
            }
        }
    }

    private ShowReport report() {
        ShowReport.Space space = new ShowReport.Space(List.of("A", "B"), 12000, 1800, 2);
        return ShowFigures.report(new ShowFigures.Input(at(DAY2, 18, 0), true, VN, List.of(DAY1, DAY2), space, people,
                scans, earlier, List.of(new ShowFigures.Exhibitor("x1", "Bình Dương Máy"), new ShowFigures.Exhibitor("x2", "Acme")),
                leads, List.of()));
    }

    @Test
    void aVisitorCountsOnce_andOncePerDayAsAVisit() {
        register("v", 15, BadgeKind.VISITOR);
        come("v", 0, 10, DAY1, "A", 9, 0, 60);
        come("v", 4, 15, DAY2, "A", 10, 0, 60);
        ShowReport r = report();
        assertEquals(15, r.visitors());
        assertEquals(21, r.visits());
        assertEquals(6, r.repeatVisits());
        assertEquals(10, r.days().get(0).visits());
        assertEquals(11, r.days().get(1).visits());
        assertEquals(5, r.days().get(1).firstVisits());
    }

    @Test
    void exhibitorStaffAndPressAreNotVisitors() {
        register("v", 6, BadgeKind.VISITOR);
        register("s", 8, BadgeKind.EXHIBITOR_STAFF);
        register("p", 5, BadgeKind.PRESS);
        come("v", 0, 6, DAY1, "A", 9, 0, 30);
        come("s", 0, 8, DAY1, "A", 8, 0, 500);
        come("p", 0, 5, DAY1, "A", 9, 0, 30);
        ShowReport r = report();
        assertEquals(6, r.visitors());
        ShowReport.KindLine staff = r.attendance().stream().filter(k -> k.kind() == BadgeKind.EXHIBITOR_STAFF).findFirst().orElseThrow();
        assertEquals(8, staff.came());
    }

    @Test
    void aVipCountsAsAVisitor_onlyWithAScan() {
        register("v", 5, BadgeKind.VISITOR);
        register("vip", 9, BadgeKind.VIP);
        come("v", 0, 5, DAY1, "A", 9, 0, 30);
        come("vip", 0, 5, DAY1, "A", 9, 0, 30);
        assertEquals(10, report().visitors());
    }

    @Test
    void scansOnAMoveInDay_areNoVisits() {
        register("v", 6, BadgeKind.VISITOR);
        come("v", 0, 6, DAY1.minusDays(1), "A", 9, 0, 30);
        assertEquals(0, report().visitors());
    }

    @Test
    void fewerThanFivePeople_areNotShown() {
        register("v", 7, BadgeKind.VISITOR);
        come("v", 0, 7, DAY1, "A", 9, 0, 30);
        come("v", 0, 3, DAY2, "A", 9, 0, 30);
        ShowReport r = report();
        assertEquals(7, r.visitors());
        assertNull(r.repeatVisits());
        assertNull(r.days().get(1).visits());
    }

    @Test
    void theNoShowShare_isOfTheActiveBadgesRegistered() {
        register("v", 20, BadgeKind.VISITOR);
        come("v", 0, 15, DAY1, "A", 9, 0, 30);
        ShowReport.KindLine visitors = report().attendance().get(0);
        assertEquals(20, visitors.registered());
        assertEquals(15, visitors.came());
        assertEquals(25.0, visitors.noShowPercent());
    }

    @Test
    void aNoShowShare_thatWouldTellFewerThanFivePeople_isNotShown() {
        register("v", 20, BadgeKind.VISITOR);
        come("v", 0, 17, DAY1, "A", 9, 0, 30);
        assertNull(report().attendance().get(0).noShowPercent());
    }

    @Test
    void aStayRunsFromTheFirstEntryToTheLastExit_andOneNotScannedOutIsUnknown() {
        register("v", 16, BadgeKind.VISITOR);
        come("v", 0, 5, DAY1, "A", 9, 0, 20);
        come("v", 5, 10, DAY1, "A", 9, 0, 90);
        come("v", 10, 15, DAY1, "A", 9, 0, 150);
        come("v", 15, 16, DAY1, "A", 9, 0, 0);
        ShowReport.Stay stay = report().stay();
        assertEquals(90, stay.medianMinutes());
        assertEquals(5, stay.bands().get(ShowReport.Stay.Band.UNDER_30_MIN));
        assertEquals(5, stay.bands().get(ShowReport.Stay.Band.FROM_1_H));
        assertEquals(5, stay.bands().get(ShowReport.Stay.Band.FROM_2_H));
        assertEquals(15, stay.measured());
        assertNull(stay.unknown());
    }

    @Test
    void aHallsPeak_countsEveryoneInside_andSaysWhen() {
        register("v", 10, BadgeKind.VISITOR);
        register("s", 5, BadgeKind.EXHIBITOR_STAFF);
        come("s", 0, 5, DAY1, "B", 8, 0, 600);
        come("v", 0, 10, DAY1, "B", 9, 30, 60);
        ShowReport.HallDay b = report().halls().stream().filter(h -> h.day().equals(DAY1) && h.hall().equals("B"))
                .findFirst().orElseThrow();
        assertEquals(15, b.peakInside());
        assertEquals(at(DAY1, 9, 30), b.peakAt());
        assertEquals(10, b.visitors());
    }

    @Test
    void theBusiestHour_isTheOneWithTheMostArrivals() {
        register("v", 20, BadgeKind.VISITOR);
        come("v", 0, 6, DAY1, "A", 9, 10, 30);
        come("v", 6, 20, DAY1, "A", 11, 5, 30);
        ShowReport.DayLine day = report().days().get(0);
        assertEquals(11, day.peakHour());
        assertEquals(14, day.peakHourArrivals());
    }

    @Test
    void theHours_carryTheCrowdThroughAnHourWithoutScans() {
        register("v", 6, BadgeKind.VISITOR);
        come("v", 0, 6, DAY1, "A", 9, 0, 150);
        List<ShowReport.HourLine> hours = report().hours();
        assertEquals(List.of(9, 10, 11), hours.stream().map(ShowReport.HourLine::hour).toList());
        assertEquals(6, hours.get(1).peakInside());
        assertEquals(0, hours.get(1).arrivals());
    }

    @Test
    void returningVisitors_cameToAnEarlierEvent() {
        register("v", 12, BadgeKind.VISITOR);
        come("v", 0, 12, DAY1, "A", 9, 0, 30);
        for (int i = 0; i < 6; i++) {
            earlier.add("v" + i + "@mail");
        }
        ShowReport r = report();
        assertEquals(6, r.returning());
        assertEquals(50.0, r.returningShare());
    }

    @Test
    void interests_areThoseOfVisitorsWhoCame() {
        register("v", 8, BadgeKind.VISITOR, "Máy móc");
        register("w", 9, BadgeKind.VISITOR, "Dệt may", "Máy móc");
        come("v", 0, 8, DAY1, "A", 9, 0, 30);
        come("w", 0, 2, DAY1, "A", 9, 0, 30);
        List<ShowReport.InterestLine> interests = report().interests();
        assertEquals("Máy móc", interests.get(0).interest());
        assertEquals(10, interests.get(0).visitors());
        assertNull(interests.get(1).visitors());
    }

    @Test
    void leads_areCountedPerExhibitorAndDay() {
        for (int i = 0; i < 7; i++) {
            leads.add(new ShowFigures.Lead("x1", at(DAY1, 10, i)));
        }
        leads.add(new ShowFigures.Lead("x1", at(DAY2, 10, 0)));
        List<ShowReport.ExhibitorLine> lines = report().leads();
        assertEquals("Acme", lines.get(0).company());
        assertEquals(0, lines.get(0).leads());
        ShowReport.ExhibitorLine x1 = lines.get(1);
        assertEquals(8, x1.leads());
        assertEquals(7, x1.perDay().get(DAY1));
        assertNull(x1.perDay().get(DAY2));
    }

    @Test
    void anExhibitorsPage_showsTheTrafficOfItsHallsOnly() {
        List<ShowFigures.Entries> traffic = List.of(new ShowFigures.Entries(DAY1, "A", 9, 40),
                new ShowFigures.Entries(DAY1, "B", 9, 70), new ShowFigures.Entries(DAY1, "A", 10, 3));
        List<Instant> mine = List.of(at(DAY1, 9, 1), at(DAY1, 9, 2), at(DAY1, 9, 3), at(DAY1, 9, 4), at(DAY1, 9, 5),
                at(DAY1, 14, 0));
        ShowReport.ExhibitorPage page = ShowFigures.page(at(DAY2, 18, 0), true, VN, "Acme", List.of("A-01"), List.of("A"),
                mine, traffic);
        assertEquals(List.of("A", "A"), page.hallTraffic().stream().map(ShowReport.HourCount::hall).toList());
        assertEquals(40, page.hallTraffic().get(0).count());
        assertNull(page.hallTraffic().get(1).count());
        assertEquals(6, page.leads());
        assertEquals(5, page.leadsPerHour().get(0).count());
        assertNull(page.leadsPerHour().get(1).count());
    }
}
