package vn.wtcexpo.event.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.wtcexpo.shared.DomainException;

/**
 * The confirmed hall bookings an event runs on, gathered one by one: all of one organizer, each hall once. The
 * event's show days are the days every booking shows on, its show time the time every booking holds its hall for the
 * show; its move days, the move-in and move-out days of any booking that are not show days.
 */
public final class BookedHalls {

    /** The most bookings one event may run on. */
    public static final int MAX_BOOKINGS = 20;

    private String organizer;
    private final List<EventBooking> bookings = new ArrayList<>();
    private final Set<String> halls = new TreeSet<>();
    private Set<LocalDate> showDays;
    private final Set<LocalDate> moveDays = new TreeSet<>();
    private Instant showFrom;
    private Instant showUntil;

    /**
     * The booking ids as sent, checked and without repeats: {@code EVENT_NEEDS_A_BOOKING}, {@code BOOKING_ID_INVALID},
     * {@code EVENT_TOO_MANY_BOOKINGS}.
     */
    public static Set<String> ids(Collection<String> sent) {
        if (sent == null || sent.isEmpty()) {
            throw DomainException.invalid("bookingIds", "EVENT_NEEDS_A_BOOKING");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : sent) {
            if (id == null || id.isBlank() || id.length() > 36) {
                throw DomainException.invalid("bookingIds", "BOOKING_ID_INVALID");
            }
            ids.add(id.strip());
        }
        if (ids.size() > MAX_BOOKINGS) {
            throw DomainException.invalid("bookingIds", "EVENT_TOO_MANY_BOOKINGS", MAX_BOOKINGS);
        }
        return ids;
    }

    /**
     * Adds a confirmed booking: {@code EVENT_BOOKINGS_OF_DIFFERENT_ORGANIZERS} when another organizer holds it,
     * {@code EVENT_HALL_TWICE} when its hall is already in.
     */
    public void add(String bookingId, String bookedBy, String hall, Collection<LocalDate> show, Collection<LocalDate> move,
                    Instant showStart, Instant showEnd) {
        if (organizer != null && !organizer.equals(bookedBy)) {
            throw DomainException.invalid("bookingIds", "EVENT_BOOKINGS_OF_DIFFERENT_ORGANIZERS");
        }
        if (!halls.add(hall)) {
            throw DomainException.invalid("bookingIds", "EVENT_HALL_TWICE", hall);
        }
        organizer = bookedBy;
        bookings.add(new EventBooking(bookingId, hall));
        if (showDays == null) {
            showDays = new TreeSet<>(show);
        } else {
            showDays.retainAll(show);
        }
        moveDays.addAll(move);
        showFrom = showFrom == null || showStart.isAfter(showFrom) ? showStart : showFrom;
        showUntil = showUntil == null || showEnd.isBefore(showUntil) ? showEnd : showUntil;
    }

    /** When the show time every booking holds begins (its latest show start); null while none is added. */
    public Instant showFrom() { return showFrom; }

    /** When the show time every booking holds ends (its earliest show end); null while none is added. */
    public Instant showUntil() { return showUntil; }

    /** The organizer who holds the bookings; null while none is added. */
    public String organizer() { return organizer; }

    public List<EventBooking> bookings() { return new ArrayList<>(bookings); }

    /** The days every booking shows on. */
    public Set<LocalDate> showDays() { return showDays == null ? Set.of() : new TreeSet<>(showDays); }

    /** The days some booking moves in or out on, but not the event's show days. */
    public Set<LocalDate> moveDays() {
        Set<LocalDate> move = new TreeSet<>(moveDays);
        move.removeAll(showDays());
        return move;
    }
}
