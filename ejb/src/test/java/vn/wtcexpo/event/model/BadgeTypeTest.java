package vn.wtcexpo.event.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;

/** Where and when a badge type admits: within the event's own days and halls. */
class BadgeTypeTest {

    private static final LocalDate D1 = LocalDate.of(2027, 8, 10);
    private static final LocalDate D2 = D1.plusDays(1);
    private static final Set<LocalDate> EVENT_DAYS = Set.of(D1, D2);
    private static final Set<String> EVENT_HALLS = Set.of("A", "B");

    private static String refusal(List<LocalDate> days, List<String> halls) {
        return assertThrows(DomainException.class,
                () -> new BadgeType(null, BadgeKind.VISITOR).admit(days, halls, EVENT_DAYS, EVENT_HALLS)).code();
    }

    @Test
    void aTypeAdmits_theDaysAndHallsGiven_inOrder() {
        BadgeType t = new BadgeType(null, BadgeKind.PRESS);
        t.admit(List.of(D2, D1), List.of("B", "A"), EVENT_DAYS, EVENT_HALLS);
        assertEquals(List.of(D1, D2), t.days());
        assertEquals(List.of("A", "B"), t.halls());
    }

    @Test
    void aType_needsADayAndAHall() {
        assertEquals("BADGE_TYPE_NEEDS_A_DAY", refusal(List.of(), List.of("A")));
        assertEquals("BADGE_TYPE_NEEDS_A_HALL", refusal(List.of(D1), List.of()));
    }

    @Test
    void aDayOutsideTheEvent_isRefused() {
        assertEquals("BADGE_TYPE_DAY_OUTSIDE_EVENT", refusal(List.of(D1.minusDays(1)), List.of("A")));
    }

    @Test
    void aHallNotInTheEvent_isRefused() {
        assertEquals("BADGE_TYPE_HALL_NOT_IN_EVENT", refusal(List.of(D1), List.of("C")));
    }

    @Test
    void aRefusedChange_keepsWhatTheTypeAdmitted() {
        BadgeType t = new BadgeType(null, BadgeKind.VIP);
        t.admit(List.of(D1), List.of("A"), EVENT_DAYS, EVENT_HALLS);
        assertThrows(DomainException.class, () -> t.admit(List.of(D2), List.of("C"), EVENT_DAYS, EVENT_HALLS));
        assertEquals(List.of(D1), t.days());
    }
}
