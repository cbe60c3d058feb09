package vn.wtcexpo.rest.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/**
 * Hall bookings on the API: organizers request and cancel their own; the venue admin decides. One instance
 * for all requests (the request's URI comes as a parameter): scripts and partner systems call this in bursts,
 * and building and injecting it again for every call cost more than refusing a taken slot.
 */
// The decision endpoints read their body as text so that an empty body counts as {}; @RequestBody
// tells the OpenAPI document what that text is.
@Path("bookings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Tag(name = ApiApplication.TAG_BOOKING, description = ApiApplication.TAG_BOOKING_TEXT)
@Retried
public class BookingResource {

    @Inject
    private BookingService bookings;

    @GET
    @Operation(operationId = "bookingsList", summary = "Bookings overlapping [from, to) (admin: all; organizer: own)")
    public List<BookingJson> list(@QueryParam("hall") String hall, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return bookings.bookings(hall, ApiTime.in(time("from", from)), ApiTime.in(time("to", to)))
                .stream().map(BookingJson::of).toList();
    }

    @GET
    @Path("quote")
    @Operation(operationId = "bookingsQuote", summary = "Availability, the rank a hold would get, and the quote, without booking")
    public AvailabilityJson quote(@QueryParam("hall") String hall, @QueryParam("start") String start,
                                  @QueryParam("end") String end, @QueryParam("moveInDays") Integer moveInDays,
                                  @QueryParam("moveOutDays") Integer moveOutDays) {
        return AvailabilityJson.of(bookings.check(new BookingRequest(hall, null, ApiTime.in(time("start", start)),
                ApiTime.in(time("end", end)), moveInDays, moveOutDays)));
    }

    @POST
    @Operation(operationId = "bookingsRequest", summary = "Requests a booking: a tentative hold with the next rank on its slot")
    @APIResponse(responseCode = "201", description = "The hold")
    @APIResponse(responseCode = "409", description = "HALL_UNAVAILABLE: a confirmed booking or a blackout overlaps")
    public Response request(BookingInput input, @Context UriInfo uri) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        BookingJson created = BookingJson.of(bookings.request(input.toRequest()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "bookingsGet", summary = "One booking (its organizer or the venue admin)")
    public BookingJson get(@PathParam("id") String id) {
        return BookingJson.of(bookings.booking(id));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(operationId = "bookingsConfirm", summary = "Confirms a hold (venue admin); {\"override\": true, \"reason\": ...} confirms ahead of the queue")
    @APIResponse(responseCode = "409", description = "NOT_FIRST_IN_LINE, HALL_UNAVAILABLE, HOLD_EXPIRED, BOOKING_NOT_TENTATIVE")
    public BookingJson confirm(@PathParam("id") String id, @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionInput.class))) String body) {
        DecisionInput d = DecisionInput.parse(body);
        return BookingJson.of(bookings.confirm(id, d.isOverride(), d.reason()));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "bookingsCancel", summary = "Cancels a booking (its organizer or the venue admin); the holds behind move up")
    public BookingJson cancel(@PathParam("id") String id, @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionInput.class))) String body) {
        return BookingJson.of(bookings.cancel(id, DecisionInput.parse(body).reason()));
    }

    @POST
    @Path("{id}/reject")
    @Operation(operationId = "bookingsReject", summary = "Turns a hold down, with a reason (venue admin)")
    public BookingJson reject(@PathParam("id") String id, @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionInput.class))) String body) {
        return BookingJson.of(bookings.reject(id, DecisionInput.parse(body).reason()));
    }

    @POST
    @Path("expire-due")
    @Operation(operationId = "bookingsExpireDue", summary = "Expires now the holds whose option date is at or before 'cutoff' (venue admin; a timer does this every minute)")
    public Map<String, Integer> expireDue(ExpireInput body) {
        String cutoff = body == null ? null : body.cutoff();
        return Map.of("expired", bookings.expireHoldsDueBy(ApiTime.in(time("cutoff", cutoff))));
    }

    /** The body of expire-due: {@code {"cutoff": "..."}}, or none for "now". */
    public record ExpireInput(String cutoff) {
    }

    static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "TIME_INVALID");
        }
    }
}
