package vn.wtcexpo.gate.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.gate.application.GateReports.FlowRow;
import vn.wtcexpo.gate.application.Occupancy;
import vn.wtcexpo.gate.model.GateRepository.CountRow;
import vn.wtcexpo.gate.model.GateRepository.Movement;
import vn.wtcexpo.gate.model.ScanDirection;

/** The figures the gates' screens show, from the counts and the scan log. */
class GateFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void inside_isEntriesMinusExitsOfEveryGate_andACorrectionAdmitsNobody() {
        Occupancy o = HallCounts.occupancy("e", DAY, Map.of("A", 100, "B", 50), List.of(
                new CountRow("A", "A-N", 30, 10), new CountRow("A", "A-S", 5, 0), new CountRow("A", "~", 2, 0)));
        assertEquals(27, o.inside());
        assertEquals(35, o.admittedToday());
        assertEquals(List.of("A", "B"), o.halls().stream().map(Occupancy.Hall::hall).toList());
        assertEquals(0, o.halls().get(1).inside());
    }

    private static Movement at(String time, ScanDirection d) {
        return new Movement("A", d, Instant.parse("2026-12-06T" + time + "Z"));
    }

    @Test
    void theFlow_keepsThePeakInsideOfEachHour() {
        List<Movement> moves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            moves.add(at("02:0" + i + ":00", ScanDirection.IN)); // 09:0i in Vietnam
        }
        for (int i = 0; i < 6; i++) {
            moves.add(at("02:3" + i + ":00", ScanDirection.OUT));
        }
        moves.add(at("03:10:00", ScanDirection.IN));
        List<FlowRow> flow = DefaultGateReports.flowOf(moves);
        assertEquals(2, flow.size());
        FlowRow nine = flow.get(0);
        assertEquals(9, nine.hour());
        assertEquals(8, nine.entries());
        assertEquals(6, nine.exits());
        assertEquals(8, nine.peakInside());
    }

    @Test
    void aCountUnderFive_isLeftOut_soThatNobodyIsSingledOut() {
        FlowRow ten = DefaultGateReports.flowOf(List.of(at("03:10:00", ScanDirection.IN))).get(0);
        assertNull(ten.entries());
        assertEquals(0, ten.exits());
        assertNull(ten.peakInside());
    }
}
