package vn.wtcexpo.event.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.event.application.EventDraft;
import vn.wtcexpo.event.application.EventPlanUse;
import vn.wtcexpo.event.application.EventDirectory;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventTerms;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.event.model.BookedHalls;
import vn.wtcexpo.event.model.Event;
import vn.wtcexpo.event.model.EventRepository;
import vn.wtcexpo.event.model.EventStatus;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.shared.Text;

@Stateless
public class DefaultEventService implements EventService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private EventRepository events;

    @Inject
    private BookingService bookings;

    @Inject
    private EventDirectory directory;

    @Inject
    @Any
    private Instance<EventPlanUse> planUses;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public EventSummary create(EventDraft draft) {
        if (draft == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        // the input first: a bad request is a 400 whatever the bookings are
        Text.required("name.vi", draft.nameVi(), Event.MAX_NAME);
        Text.required("name.en", draft.nameEn(), Event.MAX_NAME);
        Text.optionalLines("description.vi", draft.descriptionVi(), Event.MAX_DESCRIPTION);
        Text.optionalLines("description.en", draft.descriptionEn(), Event.MAX_DESCRIPTION);
        if (draft.start() == null) {
            throw DomainException.invalid("start", "PERIOD_START_REQUIRED");
        }
        if (draft.end() == null) {
            throw DomainException.invalid("end", "PERIOD_END_REQUIRED");
        }
        if (!draft.end().isAfter(draft.start())) {
            throw DomainException.invalid("end", "PERIOD_END_BEFORE_START");
        }
        Set<String> ids = BookedHalls.ids(draft.bookingIds());

        BookedHalls booked = booked(ids, true);
        Event event = Event.draft(booked.organizer(), draft.nameVi(), draft.nameEn(), draft.descriptionVi(),
                draft.descriptionEn(), draft.start(), draft.end(), booked.bookings(), booked.showDays(), booked.moveDays(),
                booked.showFrom(), booked.showUntil());
        if (draft.terms() != null) {
            event.terms(draft.terms().boothHoldDays(), draft.terms().depositPercent(), draft.terms().sqmPerStaff(),
                    draft.terms().maxHoldsPerCompany());
        }
        DatabaseFailures.guarded(() -> {
            events.add(event);
            events.flush();
        }, () -> DomainException.conflict("BOOKING_HAS_EVENT"));
        return EventSummary.of(event);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public EventSummary describe(String id, String nameVi, String nameEn, String descriptionVi, String descriptionEn,
                                 EventTerms terms) {
        Event event = managed(id);
        event.describe(nameVi, nameEn, descriptionVi, descriptionEn);
        if (terms != null) {
            event.terms(terms.boothHoldDays(), terms.depositPercent(), terms.sqmPerStaff(), terms.maxHoldsPerCompany());
        }
        return EventSummary.of(event);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public EventSummary changeOpeningHours(String id, LocalDate day, LocalTime opens, LocalTime closes) {
        Event event = managed(id);
        BookedHalls booked = booked(event.bookingIds(), false);
        event.openingHours(day, opens, closes, booked.showFrom(), booked.showUntil());
        return EventSummary.of(event);
    }

    /**
     * The bookings {@code ids}, each looked up as the caller may see it ({@code BOOKING_NOT_FOUND} unless the
     * caller's, or the admin's); {@code confirmedOnly}: {@code BOOKING_NOT_CONFIRMED} for one that is not confirmed.
     */
    private BookedHalls booked(java.util.Collection<String> ids, boolean confirmedOnly) {
        BookedHalls booked = new BookedHalls();
        for (String id : ids) {
            BookingSummary b = bookings.booking(id);
            if (confirmedOnly && !b.confirmed()) {
                throw DomainException.conflict("BOOKING_NOT_CONFIRMED", b.id());
            }
            booked.add(b.id(), b.organizer(), b.hall(), b.showDays(), b.moveDays(), b.showStart(), b.showEnd());
        }
        return booked;
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public EventSummary admit(String id, BadgeKind kind, List<LocalDate> days, List<String> halls) {
        if (kind == null) {
            throw DomainException.invalid("kind", "VALUE_REQUIRED");
        }
        Event event = managed(id);
        event.admit(kind, days, halls);
        return EventSummary.of(event);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public EventSummary publish(String id) {
        Event event = managed(id);
        event.publish(clock.instant());
        return EventSummary.of(event);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public EventSummary unpublish(String id) {
        Event event = managed(id);
        int taken = 0;
        for (EventPlanUse use : planUses) {
            taken += use.takenBooths(event.id());
        }
        if (taken > 0) {
            throw DomainException.conflict("EVENT_HAS_EXHIBITORS", taken);
        }
        event.unpublish();
        return EventSummary.of(event);
    }

    @Override
    @PermitAll
    public EventSummary event(String id) {
        return EventSummary.of(visible(id));
    }

    @Override
    @PermitAll
    public List<EventSummary> published() {
        Instant monthAgo = clock.instant().minus(31, ChronoUnit.DAYS);
        return events.withStatus(EventStatus.PUBLISHED).stream().filter(e -> e.endsAt().isAfter(monthAgo))
                .map(EventSummary::of).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<EventSummary> mine() {
        List<Event> list = isAdmin() ? events.all() : events.organizedBy(caller());
        return list.stream().map(EventSummary::of).toList();
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public EventSummary lockForChange(String id) {
        Event event = events.lock(id).orElseThrow(() -> notFound(id));
        if (!event.isPublished() && !mayManage(event)) {
            throw notFound(id);
        }
        return EventSummary.of(event);
    }

    @Override
    @PermitAll
    public List<String> idsInHall(String hallCode) {
        return events.idsUsingHall(hallCode);
    }

    @Override
    @PermitAll
    public EventSummary known(String id) {
        return EventSummary.of(events.find(id).orElseThrow(() -> notFound(id)));
    }

    @Override
    @PermitAll
    public boolean mayManage(String id) {
        return events.find(id).map(this::mayManage).orElse(false);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<EventSummary> heldBefore(LocalDate day) {
        return events.withStatus(EventStatus.PUBLISHED).stream()
                .filter(e -> e.showDates().stream().anyMatch(d -> d.isBefore(day))).map(EventSummary::of).toList();
    }

    private boolean mayManage(Event event) {
        return isAdmin() || Callers.isIn(context, Roles.ORGANIZER) && event.organizedBy(caller());
    }

    /** The event if the caller may see it: published, or the caller's own, or any for the venue admin. */
    private Event visible(String id) {
        Event event = events.find(id).orElseThrow(() -> notFound(id));
        if (!event.isPublished() && !mayManage(event)) {
            throw notFound(id);
        }
        return event;
    }

    /** The event, locked, if the caller organizes it (or is the venue admin). */
    private Event managed(String id) {
        Event event = events.lock(id).filter(this::mayManage).orElseThrow(() -> notFound(id));
        directory.changing(id);
        return event;
    }

    private static DomainException notFound(String id) {
        return DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(id));
    }

    private String caller() {
        return Callers.name(context);
    }

    private boolean isAdmin() {
        return Callers.isIn(context, Roles.VENUE_ADMIN);
    }
}
