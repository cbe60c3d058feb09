package vn.wtcexpo.gate.application.internal;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceNames;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

/**
 * Whose events the gate use cases show: the organizer and the venue admin manage theirs; gate staff watch and scan
 * at any published event; a paired device only at its own. An event the caller may not see is not found.
 */
@ApplicationScoped
public class GateAccess {

    @Inject
    private EventService events;

    @Inject
    private GateDirectory directory;

    /** The caller of a use case, as its session bean knows it. */
    public record Caller(String name, boolean gateStaff, boolean organizer, boolean venueAdmin, boolean device) {
        public static Caller of(SessionContext context) {
            return new Caller(Callers.name(context), Callers.isIn(context, Roles.GATE_STAFF),
                    Callers.isIn(context, Roles.ORGANIZER), Callers.isIn(context, Roles.VENUE_ADMIN),
                    Callers.isIn(context, Roles.GATE_DEVICE));
        }
    }

    /** An event the caller organizes (or any, for the venue admin). */
    public EventSummary managed(String eventId) {
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        return events.known(eventId);
    }

    public boolean mayManage(String eventId) {
        return events.mayManage(eventId);
    }

    /** The organizer's and admin's view, or gate staff's (any event with gates). */
    public EventSummary watched(String eventId, Caller caller) {
        if (caller.gateStaff() && !caller.organizer()) {
            return known(eventId);
        }
        return managed(eventId);
    }

    /** Gate staff (any published event), the organizer and admin (theirs), a device (its own). */
    public EventSummary scanning(String eventId, Caller caller) {
        if (caller.device()) {
            String id = DeviceNames.idOf(caller.name());
            if (directory.deviceById(id).filter(d -> d.eventId().equals(eventId)).isEmpty()) {
                throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
            }
            return known(eventId);
        }
        if (caller.gateStaff()) {
            EventSummary event = known(eventId);
            if (!event.published() && !events.mayManage(eventId)) {
                throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
            }
            return event;
        }
        return managed(eventId);
    }

    private EventSummary known(String eventId) {
        try {
            return events.known(eventId);
        } catch (DomainException e) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
    }
}
