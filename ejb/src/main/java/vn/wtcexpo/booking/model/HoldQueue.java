package vn.wtcexpo.booking.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.wtcexpo.shared.Hold;
import vn.wtcexpo.venue.model.Hall;

/**
 * The line of bookings that want some floor space over some time: the live bookings read under the halls' locks.
 * Holds queue in the order they were asked for ({@link HallBooking#QUEUE_ORDER}); a confirmed booking is ahead of
 * every hold.
 */
public final class HoldQueue {

    private final List<HallBooking> live;

    public HoldQueue(Collection<HallBooking> live) {
        this.live = List.copyOf(live);
    }

    /** The place a request for {@code hall} asked now would take: behind every live hold on the same floor. */
    public int placeOfNewcomer(Hall hall, Instant now) {
        int ahead = 0;
        for (HallBooking other : live) {
            if (other.isLiveHoldAt(now) && other.hall().sharesSpaceWith(hall)) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /**
     * When a request made at {@code now} joins the line: after every one stored (a clock that stepped back, or
     * requests within the same microsecond, never put a newcomer ahead of an earlier one).
     */
    public Instant joinTime(Instant now) {
        return Hold.joinTime(now, live.stream().map(HallBooking::requestedAt).toList());
    }

    /** {@code booking}'s rank in this line. */
    public int rankOf(HallBooking booking) {
        return booking.rankAmong(live);
    }

    /** The holds ahead of {@code booking} that compete with it: those a confirmation out of turn jumps. */
    public List<HallBooking> aheadOf(HallBooking booking) {
        return live.stream()
                .filter(o -> o.status() == BookingStatus.TENTATIVE && booking.competesWith(o)
                        && HallBooking.QUEUE_ORDER.compare(o, booking) < 0)
                .toList();
    }
}
