package vn.wtcexpo.booking.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.wtcexpo.booking.application.BookingNotice;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.identity.application.AccountDirectory;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.venue.model.HallSchedule;

/**
 * The line of holds on the halls, kept in order as bookings change: locking a booking with the halls around it,
 * expiring the holds that lapsed, re-ranking those that compete with a change, and telling the organizers concerned
 * (once the transaction has committed). Joins the caller's transaction.
 */
@ApplicationScoped
public class BookingLine {

    @Inject
    private BookingRepository bookings;

    @Inject
    private HallSchedule schedule;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private Event<BookingNotice> notices;

    /** The booking, locked for a change together with every hall around it, read afresh. */
    public HallBooking lockedForChange(String id) {
        HallBooking booking = bookings.find(id).orElseThrow(() -> DomainException.notFound("BOOKING_NOT_FOUND", id));
        schedule.lockNeighbourhood(booking.hall());
        return bookings.refresh(booking);
    }

    /**
     * A confirmed booking takes its slot: its occupation rows are written and flushed, and the database's own guard
     * (another confirmation or a blackout took the slot meanwhile) answers {@code HALL_UNAVAILABLE}.
     */
    public void takeSlot(HallBooking booking) {
        DatabaseFailures.guarded(() -> {
            schedule.occupyForBooking(booking.hall(), booking.id(), booking.startsAt(), booking.endsAt());
            schedule.flush();
        }, () -> DomainException.conflict("HALL_UNAVAILABLE", booking.hall().code()));
    }

    /** Expires, under the caller's lock, the due holds among {@code live}; returns those still live. */
    public List<HallBooking> expireDue(List<HallBooking> live, Instant now) {
        List<HallBooking> still = new ArrayList<>();
        for (HallBooking other : live) {
            if (other.status() == BookingStatus.TENTATIVE && other.hold().isDueBy(now)) {
                other.expire(now);
                notify(BookingNotice.Kind.EXPIRED, other, null);
                rerankCompetitors(other, now);
            } else {
                still.add(other);
            }
        }
        return still;
    }

    /** Recomputes the rank of every hold competing with {@code changed}; tells those now first in line. */
    public void rerankCompetitors(HallBooking changed, Instant now) {
        Set<String> sharing = schedule.sharingSpaceWith(changed.hall());
        List<HallBooking> affected = new ArrayList<>(bookings.liveOn(sharing, changed.startsAt(), changed.endsAt()));
        affected.removeIf(hold -> hold.status() != BookingStatus.TENTATIVE || !hold.competesWith(changed));
        if (affected.isEmpty()) {
            return;
        }
        affected.sort(HallBooking.QUEUE_ORDER);
        // the competitors of the affected holds, read once per hall they are on (not once per hold), over
        // the time the affected holds span; rankAmong keeps only those that really compete
        Instant from = affected.stream().map(HallBooking::startsAt).min(Instant::compareTo).orElseThrow();
        Instant to = affected.stream().map(HallBooking::endsAt).max(Instant::compareTo).orElseThrow();
        Map<String, List<HallBooking>> competitorsByHall = new HashMap<>();
        for (HallBooking hold : affected) {
            List<HallBooking> competitors = competitorsByHall.computeIfAbsent(hold.hall().code(),
                    code -> bookings.liveOn(schedule.sharingSpaceWith(hold.hall()), from, to));
            boolean movedUp = hold.rerank(hold.rankAmong(competitors));
            if (movedUp && hold.rank() == 1 && hold.isLiveHoldAt(now)) {
                notify(BookingNotice.Kind.MOVED_UP, hold, null);
            }
        }
    }

    public void notify(BookingNotice.Kind kind, HallBooking b, String reason) {
        notify(kind, b, reason, accounts.emailOf(b.organizer()).orElse(null));
    }

    public void notify(BookingNotice.Kind kind, HallBooking b, String reason, String email) {
        notices.fire(new BookingNotice(kind, b.id(), b.organizer(), email, b.hall().code(), b.title(), b.startsAt(),
                b.endsAt(), b.rank(), b.holdExpiresAt(), reason));
    }

}
