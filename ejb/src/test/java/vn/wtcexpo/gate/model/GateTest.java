package vn.wtcexpo.gate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A door of an event. */
class GateTest {

    private static final Instant NOW = Instant.parse("2027-08-10T00:00:00Z");

    private static String refusal(String code, String hall, GateDirection direction) {
        return assertThrows(DomainException.class, () -> Gate.of("e", code, hall, direction, List.of("A", "B"), NOW)).code();
    }

    @Test
    void aCode_isKeptInUpperCase() {
        assertEquals("C-NORTH", Gate.of("e", " c-north ", "A", GateDirection.IN, List.of("A"), NOW).code());
    }

    @Test
    void aCodeOfOtherCharacters_orTooLong_isNotACode() {
        assertNull(Gate.normalCode("cổng 1"));
        assertNull(Gate.normalCode("-A"));
        assertNull(Gate.normalCode("A".repeat(21)));
        assertEquals("GATE_CODE_INVALID", refusal("A B", "A", GateDirection.IN));
    }

    @Test
    void aGate_leadsIntoOneOfTheEventsHalls() {
        assertEquals("GATE_HALL_NOT_IN_EVENT", refusal("G1", "C", GateDirection.IN));
        assertEquals("GATE_HALL_NOT_IN_EVENT", refusal("G1", null, GateDirection.IN));
    }

    @Test
    void aGate_hasADirection() {
        assertEquals("VALUE_REQUIRED", refusal("G1", "A", null));
    }
}
