package vn.wtcexpo.rest.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.event.application.EventDraft;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventTerms;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** Events on the API: anyone reads published events; organizers create, change and publish their own. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EVENTS, description = ApiApplication.TAG_EVENTS_TEXT)
@Retried
public class EventResource {

    @Inject
    private EventService events;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "eventsList", summary = "Published events, soonest first; with mine=true, the caller's own events (drafts too)")
    public List<EventJson> list(@QueryParam("mine") boolean mine) {
        if (mine) {
            return events.mine().stream().map(EventJson::of).toList();
        }
        return events.published().stream().map(EventJson::brief).toList();
    }

    @POST
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsCreate", summary = "Creates a draft event on the caller's confirmed bookings (organizer)")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "400", description = "Bad input, EVENT_OUTSIDE_BOOKINGS, EVENT_HOURS_OUTSIDE_BOOKINGS")
    @APIResponse(responseCode = "404", description = "BOOKING_NOT_FOUND (not the organizer's)")
    @APIResponse(responseCode = "409", description = "BOOKING_NOT_CONFIRMED, BOOKING_HAS_EVENT")
    public Response create(EventInput input) {
        EventInput in = required(input);
        EventSummary created = events.create(new EventDraft(in.name() == null ? null : in.name().vi(),
                in.name() == null ? null : in.name().en(), in.description() == null ? null : in.description().vi(),
                in.description() == null ? null : in.description().en(), in.bookingIds(), ApiTime.in(in.start()),
                ApiTime.in(in.end()), in.terms() == null ? null : terms(in.terms(), null)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(EventJson.of(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "eventsGet", summary = "One event (a draft only for its organizer and the venue admin)")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public EventJson get(@PathParam("id") String id) {
        EventSummary e = events.event(id);
        return events.mayManage(e.id()) ? EventJson.of(e) : EventJson.brief(e);
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsUpdate", summary = "Changes an event's name, description and terms (its organizer)")
    public EventJson update(@PathParam("id") String id, EventInput input) {
        EventInput in = required(input);
        EventSummary e = events.event(id);
        String nameVi = in.name() == null ? e.nameVi() : in.name().vi();
        String nameEn = in.name() == null ? e.nameEn() : in.name().en();
        String dVi = in.description() == null ? e.descriptionVi() : in.description().vi();
        String dEn = in.description() == null ? e.descriptionEn() : in.description().en();
        return EventJson.of(events.describe(id, nameVi, nameEn, dVi, dEn, in.terms() == null ? null : terms(in.terms(), e)));
    }

    @PUT
    @Path("{id}/days/{day}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsOpeningHours", summary = "Changes a show day's opening hours: {\"opens\": \"09:00\", \"closes\": \"17:30\"}")
    public EventJson openingHours(@PathParam("id") String id, @PathParam("day") String day, EventJson.DayJson hours) {
        if (hours == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return EventJson.of(events.changeOpeningHours(id, date("day", day), time("opens", hours.opens()),
                time("closes", hours.closes())));
    }

    @PUT
    @Path("{id}/badge-types/{type}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsBadgeType", summary = "Sets the days and halls a badge type admits: {\"days\": [...], \"halls\": [...]}")
    public EventJson badgeType(@PathParam("id") String id, @PathParam("type") String type, EventJson.BadgeTypeJson body) {
        if (body == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        BadgeKind kind;
        try {
            kind = BadgeKind.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("BADGE_TYPE_NOT_FOUND", type);
        }
        return EventJson.of(events.admit(id, kind, body.days(), body.halls()));
    }

    @POST
    @Path("{id}/publish")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsPublish", summary = "Publishes a draft (its organizer): it becomes public")
    public EventJson publish(@PathParam("id") String id) {
        return EventJson.of(events.publish(id));
    }

    @POST
    @Path("{id}/unpublish")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsUnpublish", summary = "Takes an event back to a draft while no exhibitor holds a booth")
    @APIResponse(responseCode = "409", description = "EVENT_HAS_EXHIBITORS")
    public EventJson unpublish(@PathParam("id") String id) {
        return EventJson.of(events.unpublish(id));
    }

    /** The terms sent, the current ones (or the defaults for a new event) where a field is left out. */
    private static EventTerms terms(EventJson.TermsJson t, EventSummary current) {
        EventTerms base = current == null ? EventTerms.defaults() : current.terms();
        return new EventTerms(t.boothHoldDays() == null ? base.boothHoldDays() : t.boothHoldDays(),
                t.depositPercent() == null ? base.depositPercent() : t.depositPercent(),
                t.sqmPerStaff() == null ? base.sqmPerStaff() : t.sqmPerStaff(),
                t.maxHoldsPerCompany() == null ? base.maxHoldsPerCompany() : t.maxHoldsPerCompany());
    }

    private static EventInput required(EventInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return input;
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid(field, "DATE_INVALID");
        }
    }

    static LocalTime time(String field, String text) {
        if ("24:00".equals(text)) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.invalid(field, "TIME_INVALID");
        }
    }
}
