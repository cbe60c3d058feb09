package vn.wtcexpo.event.model;

import vn.wtcexpo.shared.BadgeKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class EventTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<LocalDate> SHOW = new TreeSet<>(List.of(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 11),
            LocalDate.of(2027, 8, 12)));
    private static final Set<LocalDate> MOVE = Set.of(LocalDate.of(2027, 8, 9), LocalDate.of(2027, 8, 13));
    /** The show time of the booking: from 08:00 on the first show day to 18:00 on the last. */
    private static final Instant SHOW_FROM = LocalDate.of(2027, 8, 10).atTime(8, 0).atZone(VN).toInstant();
    private static final Instant SHOW_UNTIL = LocalDate.of(2027, 8, 12).atTime(18, 0).atZone(VN).toInstant();

    private static Event event(LocalDate first, LocalDate last) {
        return Event.draft("org", "Hội chợ", "Fair", null, null,
                first.atTime(LocalTime.of(9, 0)).atZone(VN).toInstant(), last.atTime(LocalTime.of(17, 0)).atZone(VN).toInstant(),
                List.of(new EventBooking("b1", "A")), SHOW, MOVE, SHOW_FROM, SHOW_UNTIL);
    }

    @Test
    void theShowDays_runFromStartToEnd_eachWithTheSameHours() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        assertEquals(3, e.days().size());
        assertEquals(LocalTime.of(9, 0), e.days().get(2).opens());
        assertEquals(LocalTime.of(17, 0), e.days().get(2).closes());
    }

    @Test
    void aDayOutsideTheBookingsShowDays_isEVENT_OUTSIDE_BOOKINGS() {
        assertEquals("EVENT_OUTSIDE_BOOKINGS",
                assertThrows(DomainException.class, () -> event(LocalDate.of(2027, 8, 9), LocalDate.of(2027, 8, 12))).code());
    }

    @Test
    void aShowDayOpeningBeforeTheBookingHoldsTheHall_isEVENT_HOURS_OUTSIDE_BOOKINGS() {
        // the booking holds the hall from 08:00 on its first show day: another booking may end there at 08:00
        DomainException e = assertThrows(DomainException.class, () -> Event.draft("org", "Hội chợ", "Fair", null, null,
                LocalDate.of(2027, 8, 10).atTime(7, 0).atZone(VN).toInstant(),
                LocalDate.of(2027, 8, 12).atTime(17, 0).atZone(VN).toInstant(),
                List.of(new EventBooking("b1", "A")), SHOW, MOVE, SHOW_FROM, SHOW_UNTIL));
        assertEquals("EVENT_HOURS_OUTSIDE_BOOKINGS", e.code());
        assertEquals("start", e.field());
    }

    @Test
    void aLastDayClosingAfterTheBookingEnds_isEVENT_HOURS_OUTSIDE_BOOKINGS() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        DomainException refused = assertThrows(DomainException.class,
                () -> e.openingHours(LocalDate.of(2027, 8, 12), LocalTime.of(9, 0), LocalTime.of(21, 0), SHOW_FROM, SHOW_UNTIL));
        assertEquals("EVENT_HOURS_OUTSIDE_BOOKINGS", refused.code());
        assertEquals("closes", refused.field());
        assertEquals(LocalTime.of(17, 0), e.days().get(2).closes(), "the hours stay as they were");
    }

    @Test
    void aMiddleDay_mayRunLate_whileTheBookingHoldsTheHallAllDay() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        e.openingHours(LocalDate.of(2027, 8, 11), LocalTime.of(9, 0), LocalTime.MIDNIGHT, SHOW_FROM, SHOW_UNTIL);
        assertEquals(LocalTime.MIDNIGHT, e.days().get(1).closes());
    }

    @Test
    void contractors_comeOnMoveDaysOnly_visitorsOnShowDays() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        assertEquals(List.of(LocalDate.of(2027, 8, 9), LocalDate.of(2027, 8, 13)), e.badgeType(BadgeKind.CONTRACTOR).orElseThrow().days());
        assertEquals(List.copyOf(SHOW), e.badgeType(BadgeKind.VISITOR).orElseThrow().days());
        assertEquals(5, e.badgeType(BadgeKind.EXHIBITOR_STAFF).orElseThrow().days().size());
    }

    @Test
    void aBadgeType_admitsOnlyOnTheEventsDaysAndInItsHalls() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        assertEquals("BADGE_TYPE_DAY_OUTSIDE_EVENT", assertThrows(DomainException.class,
                () -> e.admit(BadgeKind.PRESS, List.of(LocalDate.of(2027, 8, 20)), List.of("A"))).code());
        assertEquals("BADGE_TYPE_HALL_NOT_IN_EVENT", assertThrows(DomainException.class,
                () -> e.admit(BadgeKind.PRESS, List.of(LocalDate.of(2027, 8, 10)), List.of("B"))).code());
    }

    @Test
    void closingBeforeOpening_isRefused() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        assertEquals("EVENT_CLOSES_BEFORE_OPENING", assertThrows(DomainException.class,
                () -> e.openingHours(LocalDate.of(2027, 8, 11), LocalTime.of(18, 0), LocalTime.of(9, 0), SHOW_FROM,
                        SHOW_UNTIL)).code());
    }

    @Test
    void aDraft_isPublishedOnce() {
        Event e = event(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12));
        e.publish(java.time.Instant.now());
        assertEquals(EventStatus.PUBLISHED, e.status());
    }
}
