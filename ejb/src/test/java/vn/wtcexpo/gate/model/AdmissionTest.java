package vn.wtcexpo.gate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;

/** The rules of an entry that do not depend on who is inside, in their fixed order; one rule per test. */
class AdmissionTest {

    private static final LocalDate DAY = LocalDate.of(2027, 8, 10);
    private static final Admission.Doors OPEN_9_TO_17 = new Admission.Doors(true, LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static ZonedDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static Admission.Rights rights(BadgeKind kind) {
        return new Admission.Rights(kind, Set.of(DAY), Set.of("A"));
    }

    @Test
    void visitorInOpeningHours_atTheRightHall_enters() {
        assertEquals(Optional.empty(), Admission.entry(rights(BadgeKind.VISITOR), "A", OPEN_9_TO_17, at(10, 0)));
    }

    @Test
    void aDayTheBadgeDoesNotAdmit_isNotValidToday() {
        assertEquals(Optional.of(DenyReason.NOT_VALID_TODAY),
                Admission.entry(rights(BadgeKind.VISITOR), "A", OPEN_9_TO_17, at(10, 0).plusDays(1)));
    }

    @Test
    void anotherHall_isWrongZone_evenBeforeOpening() {
        assertEquals(Optional.of(DenyReason.WRONG_ZONE), Admission.entry(rights(BadgeKind.VISITOR), "B", OPEN_9_TO_17, at(7, 0)));
    }

    @Test
    void visitorBeforeOpening_isEventClosed() {
        assertEquals(Optional.of(DenyReason.EVENT_CLOSED), Admission.entry(rights(BadgeKind.VISITOR), "A", OPEN_9_TO_17, at(8, 59)));
    }

    @Test
    void visitorAtClosingTime_isEventClosed() {
        assertEquals(Optional.of(DenyReason.EVENT_CLOSED), Admission.entry(rights(BadgeKind.VISITOR), "A", OPEN_9_TO_17, at(17, 0)));
    }

    @Test
    void pressAnHourEarly_enters() {
        assertEquals(Optional.empty(), Admission.entry(rights(BadgeKind.PRESS), "A", OPEN_9_TO_17, at(8, 0)));
    }

    @Test
    void exhibitorStaffBeforeOpening_enters() {
        assertEquals(Optional.empty(), Admission.entry(rights(BadgeKind.EXHIBITOR_STAFF), "A", OPEN_9_TO_17, at(6, 30)));
    }

    @Test
    void unpublishedEvent_isClosedToStaffToo() {
        Admission.Doors closed = new Admission.Doors(false, LocalTime.of(9, 0), LocalTime.of(17, 0));
        assertEquals(Optional.of(DenyReason.EVENT_CLOSED), Admission.entry(rights(BadgeKind.ORGANIZER_STAFF), "A", closed, at(10, 0)));
    }

    @Test
    void aDayThatClosesAtMidnight_admitsVisitorsUntilThen() {
        Admission.Doors late = new Admission.Doors(true, LocalTime.of(9, 0), LocalTime.MIDNIGHT);
        assertEquals(Optional.empty(), Admission.entry(rights(BadgeKind.VISITOR), "A", late, at(23, 59)));
    }

    @Test
    void reasonsKeepTheirOrder() {
        assertTrue(DenyReason.NOT_VALID_TODAY.ordinal() < DenyReason.WRONG_ZONE.ordinal()
                && DenyReason.WRONG_ZONE.ordinal() < DenyReason.EVENT_CLOSED.ordinal()
                && DenyReason.EVENT_CLOSED.ordinal() < DenyReason.ALREADY_INSIDE.ordinal()
                && DenyReason.ALREADY_INSIDE.ordinal() < DenyReason.HALL_FULL.ordinal());
    }

    @Test
    void anEntrySyncedAfterItsDay_admitsNobody_evenOnADayTheBadgeAllowed() {
        assertEquals(Optional.of(DenyReason.NOT_VALID_TODAY),
                Admission.entry(rights(BadgeKind.ORGANIZER_STAFF), "A", OPEN_9_TO_17, at(10, 0), DAY.plusDays(1)));
    }

    @Test
    void anEntrySyncedTheSameDay_isJudgedAsItHappened() {
        assertEquals(Optional.empty(), Admission.entry(rights(BadgeKind.VISITOR), "A", OPEN_9_TO_17, at(10, 0), DAY));
    }
}
