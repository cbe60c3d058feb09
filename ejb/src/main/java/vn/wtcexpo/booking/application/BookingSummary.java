package vn.wtcexpo.booking.application;

import java.time.Instant;
import java.util.List;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.booking.model.Quote;

/** A booking as its organizer and the venue see it. */
public record BookingSummary(String id, String hall, String hallNameVi, String hallNameEn, String organizer,
                             String title, Instant start, Instant end, int moveInDays, int moveOutDays,
                             List<BookingPeriod.Span> phases, BookingStatus status, Integer rank,
                             Instant requestedAt, Instant holdExpiresAt, Instant confirmedAt, String confirmedBy,
                             String overrideReason, Instant closedAt, String closeReason, Quote quote) {

    public static BookingSummary of(HallBooking b) {
        BookingPeriod p = b.period();
        return new BookingSummary(b.id(), b.hall().code(), b.hall().name().vi(), b.hall().name().en(), b.organizer(),
                b.title(), b.startsAt(), b.endsAt(), p.moveInDays(), p.moveOutDays(), p.phases(), b.status(),
                b.rank(), b.requestedAt(), b.holdExpiresAt(), b.confirmedAt(), b.confirmedBy(), b.overrideReason(),
                b.closedAt(), b.closeReason(), b.quote());
    }

    public boolean tentative() {
        return status == BookingStatus.TENTATIVE;
    }

    public boolean confirmed() {
        return status == BookingStatus.CONFIRMED;
    }

    /** The show days (move days left out), local dates in Vietnam. */
    public List<java.time.LocalDate> showDays() {
        return showSpan().days();
    }

    /** When the booking begins to hold its hall for the show (after its move-in days). */
    public Instant showStart() {
        return showSpan().start();
    }

    /** When the booking stops holding its hall for the show (before its move-out days). */
    public Instant showEnd() {
        return showSpan().end();
    }

    private BookingPeriod.Span showSpan() {
        return phases.stream().filter(s -> s.phase() == vn.wtcexpo.booking.model.Phase.SHOW).findFirst().orElseThrow();
    }

    /** The move-in and move-out days. */
    public List<java.time.LocalDate> moveDays() {
        return phases.stream().filter(s -> s.phase() != vn.wtcexpo.booking.model.Phase.SHOW)
                .flatMap(s -> s.days().stream()).toList();
    }

    /** The last moment of the booking, for showing the last day inclusively. */
    public Instant lastMoment() {
        return end.minusSeconds(1);
    }
}
