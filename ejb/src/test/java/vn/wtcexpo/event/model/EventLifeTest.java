package vn.wtcexpo.event.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;

/** An event from its draft: the badge types it starts with, its days, its publication. */
class EventLifeTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate D1 = LocalDate.of(2027, 8, 10);
    private static final Set<LocalDate> SHOW = new TreeSet<>(List.of(D1, D1.plusDays(1)));
    private static final Set<LocalDate> MOVE = new TreeSet<>(List.of(D1.minusDays(1), D1.plusDays(2)));
    private static final Instant SHOW_FROM = D1.atStartOfDay(VN).toInstant();
    private static final Instant SHOW_UNTIL = D1.plusDays(2).atStartOfDay(VN).toInstant();

    private static Event draft(Set<LocalDate> move, List<EventBooking> bookings) {
        return Event.draft("org", "Hội chợ", "Fair", null, null, D1.atTime(LocalTime.of(9, 0)).atZone(VN).toInstant(),
                D1.plusDays(1).atTime(LocalTime.of(17, 0)).atZone(VN).toInstant(), bookings, SHOW, move, SHOW_FROM, SHOW_UNTIL);
    }

    private static Event draft() {
        return draft(MOVE, List.of(new EventBooking("b2", "B"), new EventBooking("b1", "A")));
    }

    @Test
    void everyKindOfBadge_hasAType_fromTheStart() {
        assertEquals(BadgeKind.values().length, draft().badgeTypes().size());
    }

    @Test
    void visitorsPressAndVip_comeOnShowDaysOnly() {
        Event e = draft();
        for (BadgeKind kind : List.of(BadgeKind.VISITOR, BadgeKind.PRESS, BadgeKind.VIP)) {
            assertEquals(List.copyOf(SHOW), e.badgeType(kind).orElseThrow().days(), kind.name());
        }
    }

    @Test
    void staff_comeOnShowAndMoveDays() {
        TreeSet<LocalDate> all = new TreeSet<>(SHOW);
        all.addAll(MOVE);
        assertEquals(List.copyOf(all), draft().badgeType(BadgeKind.EXHIBITOR_STAFF).orElseThrow().days());
    }

    @Test
    void contractors_comeOnMoveDays_orOnShowDaysWhenThereAreNone() {
        assertEquals(List.copyOf(MOVE), draft().badgeType(BadgeKind.CONTRACTOR).orElseThrow().days());
        assertEquals(List.copyOf(SHOW), draft(Set.of(), List.of(new EventBooking("b1", "A")))
                .badgeType(BadgeKind.CONTRACTOR).orElseThrow().days());
    }

    @Test
    void everyType_admitsInEveryHallOfTheEvent_inCodeOrder() {
        Event e = draft();
        assertEquals(List.of("A", "B"), e.hallCodes());
        e.badgeTypes().forEach(t -> assertEquals(List.of("A", "B"), t.halls()));
    }

    @Test
    void badgeDays_runFromTheFirstMoveInToTheLastMoveOut() {
        assertEquals(4, draft().badgeDays().size());
        assertEquals(D1.minusDays(1), draft().moveInFrom());
        assertEquals(D1.plusDays(2), draft().moveOutTo());
    }

    @Test
    void anEvent_needsABooking() {
        assertEquals("EVENT_NEEDS_A_BOOKING", assertThrows(DomainException.class, () -> draft(MOVE, List.of())).code());
    }

    @Test
    void anEvent_needsANameInBothLanguages() {
        Event e = draft();
        assertEquals("TEXT_REQUIRED", assertThrows(DomainException.class, () -> e.describe("Hội chợ", " ", null, null)).code());
        assertEquals("Fair", e.nameEn());
    }

    @Test
    void aDescription_isOptional() {
        Event e = draft();
        e.describe("Hội chợ", "Fair", "  ", "Two days of wood\nand furniture");
        assertNull(e.descriptionVi());
        assertEquals("Two days of wood\nand furniture", e.descriptionEn());
    }

    @Test
    void aDraft_isPublished_andTakenBack() {
        Event e = draft();
        assertFalse(e.isPublished());
        e.publish(Instant.parse("2027-05-01T00:00:00Z"));
        assertTrue(e.isPublished());
        e.unpublish();
        assertFalse(e.isPublished());
        assertNull(e.publishedAt());
    }

    @Test
    void publishingTwice_keepsTheFirstMoment() {
        Event e = draft();
        e.publish(Instant.parse("2027-05-01T00:00:00Z"));
        e.publish(Instant.parse("2027-05-02T00:00:00Z"));
        assertEquals(Instant.parse("2027-05-01T00:00:00Z"), e.publishedAt());
    }

    @Test
    void onlyItsOrganizer_organizesIt() {
        assertTrue(draft().organizedBy("org"));
        assertFalse(draft().organizedBy("other"));
    }

    @Test
    void theBookings_areListedById() {
        assertEquals(List.of("b1", "b2"), draft().bookingIds());
    }
}
