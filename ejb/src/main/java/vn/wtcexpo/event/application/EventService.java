package vn.wtcexpo.event.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.wtcexpo.shared.BadgeKind;

/**
 * Events on confirmed hall bookings. Each method is one transaction; refusals are
 * {@link vn.wtcexpo.shared.DomainException}s. Organizers see and change their own events; the venue
 * admin sees all; anyone sees published ones. A draft is {@code EVENT_NOT_FOUND} to everybody else.
 */
public interface EventService {

    /** Creates a draft on the caller's confirmed bookings ({@code BOOKING_NOT_CONFIRMED}, {@code EVENT_OUTSIDE_BOOKINGS}, {@code EVENT_HOURS_OUTSIDE_BOOKINGS}). */
    EventSummary create(EventDraft draft);

    /** Changes the name and description, and the terms unless {@code terms} is null: all or nothing. */
    EventSummary describe(String id, String nameVi, String nameEn, String descriptionVi, String descriptionEn, EventTerms terms);

    EventSummary changeOpeningHours(String id, LocalDate day, LocalTime opens, LocalTime closes);

    /** Sets the days and halls a kind of badge admits. */
    EventSummary admit(String id, BadgeKind kind, List<LocalDate> days, List<String> halls);

    EventSummary publish(String id);

    /** Back to a draft: refused ({@code EVENT_HAS_EXHIBITORS}) once exhibitors hold booths. */
    EventSummary unpublish(String id);

    EventSummary event(String id);

    /** Published events, soonest first, those that ended more than a month ago left out. */
    List<EventSummary> published();

    /** The caller's own events (all events for the venue admin), newest first. */
    List<EventSummary> mine();

    /**
     * Locks the event's row for the caller's transaction (plan edits of one event queue here) and returns it
     * as the caller may see it. Must run inside the caller's transaction.
     */
    EventSummary lockForChange(String id);

    /**
     * The facts of an event another context already holds the id of (a reservation, a badge), whoever calls
     * and whatever its status: for that context's own pages and mails, never to show an event as such.
     */
    EventSummary known(String id);

    /** The ids of the events (not cancelled) that run in a hall, for contexts that guard what is drawn on its floor. */
    List<String> idsInHall(String hallCode);

    /** Whether the caller organizes the event (or is the venue admin). */
    boolean mayManage(String id);

    /**
     * Published events with a show day before {@code day}, of every organizer: for other contexts that learn from the
     * venue's past (the crowd forecast, in aggregates; organizers and the venue admin), never to list events to anyone.
     */
    List<EventSummary> heldBefore(LocalDate day);
}
