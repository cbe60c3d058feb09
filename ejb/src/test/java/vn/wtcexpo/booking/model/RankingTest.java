package vn.wtcexpo.booking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.booking.model.TestBookings.A;
import static vn.wtcexpo.booking.model.TestBookings.AB;
import static vn.wtcexpo.booking.model.TestBookings.B;
import static vn.wtcexpo.booking.model.TestBookings.C;
import static vn.wtcexpo.booking.model.TestBookings.T0;
import static vn.wtcexpo.booking.model.TestBookings.days;
import static vn.wtcexpo.booking.model.TestBookings.hold;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class RankingTest {

    private final BookingPeriod aug = days(2030, 8, 10, 13);

    @Test
    void firstHoldOnASlot_isRankOne() {
        HallBooking first = hold(A, aug, 0);
        assertEquals(1, first.rankAmong(List.of()));
    }

    @Test
    void laterOverlappingHolds_takeTheNextRanks() {
        HallBooking first = hold(A, aug, 0);
        HallBooking second = hold(A, days(2030, 8, 12, 15), 1);
        HallBooking third = hold(A, aug, 2);
        List<HallBooking> all = List.of(first, second, third);
        assertEquals(1, first.rankAmong(all));
        assertEquals(2, second.rankAmong(all));
        assertEquals(3, third.rankAmong(all));
    }

    @Test
    void holdsThatDoNotOverlapInTime_areBothRankOne() {
        HallBooking aug10 = hold(A, aug, 0);
        HallBooking sep = hold(A, days(2030, 9, 1, 3), 1);
        assertEquals(1, sep.rankAmong(List.of(aug10, sep)));
    }

    @Test
    void periodsTouchingAtMidnight_doNotOverlap() {
        HallBooking first = hold(A, days(2030, 8, 10, 13), 0);
        HallBooking next = hold(A, days(2030, 8, 14, 15), 1);
        assertFalse(next.competesWith(first));
    }

    @Test
    void combinedHall_competesWithEachPart() {
        HallBooking onA = hold(A, aug, 0);
        HallBooking onAB = hold(AB, aug, 1);
        HallBooking onB = hold(B, aug, 2);
        assertEquals(2, onAB.rankAmong(List.of(onA, onAB, onB)));
        assertEquals(2, onB.rankAmong(List.of(onA, onAB, onB)));
    }

    @Test
    void otherHall_doesNotCompete() {
        HallBooking onA = hold(A, aug, 0);
        HallBooking onC = hold(C, aug, 1);
        assertEquals(1, onC.rankAmong(List.of(onA, onC)));
    }

    @Test
    void cancellingRankOne_movesTheNextUp() {
        HallBooking first = hold(A, aug, 0);
        HallBooking second = hold(A, aug, 1);
        second.rerank(2);
        first.cancel("organizer", null, T0.plusSeconds(600));
        assertTrue(second.rerank(second.rankAmong(List.of(first, second))));
        assertEquals(1, second.rank());
    }

    @Test
    void expiredHold_leavesTheQueue() {
        HallBooking first = hold(A, aug, 0);
        HallBooking second = hold(A, aug, 1);
        first.expire(T0.plusSeconds(8 * 86_400));
        assertEquals(BookingStatus.EXPIRED, first.status());
        assertEquals(1, second.rankAmong(List.of(first, second)));
    }

    @Test
    void confirmedBooking_staysAheadOfEveryHold() {
        HallBooking first = hold(A, aug, 0);
        HallBooking second = hold(A, aug, 1);
        second.rerank(2);
        second.confirm("admin", T0.plusSeconds(3600), Quote.frozen(1, 0), true, "Sự kiện của tỉnh");
        assertEquals(2, first.rankAmong(List.of(first, second)));
    }

    @Test
    void holdPastItsOptionDate_isNotLive() {
        HallBooking h = hold(A, aug, 0);
        assertTrue(h.isLiveHoldAt(T0.plusSeconds(86_400)));
        assertFalse(h.isLiveHoldAt(T0.plusSeconds(7 * 86_400)));
    }

    @Test
    void confirmingAnExpiredHold_isRefused() {
        HallBooking h = hold(A, aug, 0);
        DomainException e = assertThrows(DomainException.class,
                () -> h.confirm("admin", T0.plusSeconds(8 * 86_400), Quote.frozen(1, 0), false, null));
        assertEquals("HOLD_EXPIRED", e.code());
    }

    @Test
    void confirmingRankTwo_withoutOverride_isRefused() {
        HallBooking h = hold(A, aug, 0);
        h.rerank(2);
        assertEquals("NOT_FIRST_IN_LINE", assertThrows(DomainException.class,
                () -> h.confirm("admin", T0.plusSeconds(60), Quote.frozen(1, 0), false, "a reason")).code());
    }

    @Test
    void overridingRankTwo_withoutReason_isRefused() {
        HallBooking h = hold(A, aug, 0);
        h.rerank(2);
        assertEquals("OVERRIDE_REASON_REQUIRED", assertThrows(DomainException.class,
                () -> h.confirm("admin", T0.plusSeconds(60), Quote.frozen(1, 0), true, " ")).code());
    }

    @Test
    void confirmingACancelledBooking_isRefused() {
        HallBooking h = hold(A, aug, 0);
        h.cancel("organizer", null, T0.plusSeconds(60));
        assertEquals("BOOKING_NOT_TENTATIVE", assertThrows(DomainException.class,
                () -> h.confirm("admin", T0.plusSeconds(120), Quote.frozen(1, 0), false, null)).code());
    }

    @Test
    void confirmation_freezesTheQuote() {
        HallBooking h = hold(A, aug, 0);
        h.confirm("admin", T0.plusSeconds(60), Quote.frozen(400_000_000, 40_000_000), false, null);
        assertEquals(440_000_000, h.quote().grossVnd());
        assertEquals(BookingStatus.CONFIRMED, h.status());
        assertEquals(null, h.rank());
    }

    @Test
    void missingTitle_isRefused() {
        assertEquals("TEXT_REQUIRED", assertThrows(DomainException.class, () -> HallBooking.hold(A, "o", " ", aug,
                Quote.frozen(1, 0), T0, T0.plusSeconds(60), 1)).code());
    }

    @Test
    void rejectingWithoutReason_isRefused() {
        HallBooking h = hold(A, aug, 0);
        assertEquals("TEXT_REQUIRED", assertThrows(DomainException.class, () -> h.reject("admin", "", T0)).code());
    }
}
