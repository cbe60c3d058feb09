package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.RowsDraft;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.JsonbSettings;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** An event's booths: anyone reads them (published events); its organizer draws them; exhibitors reserve them. */
@Path("events/{eventId}/booths")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@Retried
public class BoothResource {

    @Inject
    private FloorPlanService plans;

    @Inject
    private ReservationService reservations;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "boothsList", summary = "The booths of an event's floor plan, with their states (who holds them is not public)")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND")
    public List<BoothJson> list(@PathParam("eventId") String eventId) {
        return plans.booths(eventId).stream().map(BoothJson::of).toList();
    }

    @POST
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsAdd", summary = "Places a booth or a blocked area (the event's organizer)")
    @APIResponse(responseCode = "201", description = "The booth")
    @APIResponse(responseCode = "400", description = "BOOTH_OUTSIDE_HALL, BOOTH_OVER_FEATURE, PLAN_SIZE_NOT_POSITIVE, bad input")
    @APIResponse(responseCode = "409", description = "BOOTH_OVERLAPS, BOOTH_NUMBER_TAKEN, HALL_HAS_NO_OUTLINE")
    public Response add(@PathParam("eventId") String eventId, BoothInput input) {
        BoothJson added = BoothJson.of(plans.addBooth(eventId, required(input).toDraft()));
        return Response.created(uri.getAbsolutePathBuilder().path(added.number()).build()).entity(added).build();
    }

    @PUT
    @Path("{number}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsChange", summary = "Moves, resizes, renumbers or reprices a free booth (the event's organizer); fields left out keep their value")
    @APIResponse(responseCode = "409", description = "BOOTH_NOT_FREE (held, reserved or sold), BOOTH_OVERLAPS")
    public BoothJson change(@PathParam("eventId") String eventId, @PathParam("number") String number, BoothInput input) {
        return BoothJson.of(plans.changeBooth(eventId, number, required(input).toDraft()));
    }

    @DELETE
    @Path("{number}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsRemove", summary = "Removes a free booth that was never reserved (the event's organizer)")
    public Response remove(@PathParam("eventId") String eventId, @PathParam("number") String number) {
        plans.removeBooth(eventId, number);
        return Response.noContent().build();
    }

    @POST
    @Path("rows")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsGenerateRows", summary = "Lays out rows of numbered booths (the event's organizer); places that are not free are skipped")
    public Map<String, Integer> rows(@PathParam("eventId") String eventId, RowsInput input) {
        RowsInput in = input == null ? null : input;
        if (in == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        FloorPlanService.Generated g = plans.generateRows(eventId, in.toDraft());
        return Map.of("placed", g.placed(), "skipped", g.skipped());
    }

    @POST
    @Path("combine")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsCombine", summary = "Combines free booths side by side into one: {\"numbers\": [\"A-101\", \"A-102\"], \"number\": \"A-101/102\"}")
    @APIResponse(responseCode = "400", description = "BOOTHS_NOT_ADJACENT")
    public Response combine(@PathParam("eventId") String eventId, CombineInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        BoothJson combined = BoothJson.of(plans.combine(eventId, input.numbers(), input.number()));
        return Response.created(uri.getBaseUriBuilder().path("events").path(eventId).path("booths").path(combined.number()).build())
                .entity(combined).build();
    }

    @POST
    @Path("{number}/split")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsSplit", summary = "Splits a free combined booth back into its booths")
    public List<BoothJson> split(@PathParam("eventId") String eventId, @PathParam("number") String number) {
        return plans.split(eventId, number).stream().map(BoothJson::of).toList();
    }

    @POST
    @Path("{number}/reservations")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "boothsReserve", summary = "Puts a booth on hold for the calling exhibitor's company until the organizer decides (body {} or none)")
    @APIResponse(responseCode = "201", description = "The reservation, ON_HOLD, with holdExpiresAt")
    @APIResponse(responseCode = "409", description = "BOOTH_TAKEN, EXHIBITOR_PROFILE_MISSING, EVENT_NOT_PUBLISHED")
    public Response reserve(@PathParam("eventId") String eventId, @PathParam("number") String number,
                            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = EmptyInput.class))) String body) {
        if (body != null && !body.isBlank()) {
            JsonbSettings.JSONB.fromJson(body, EmptyInput.class); // an object without fields, or a 400
        }
        ReservationJson r = ReservationJson.of(reservations.reserve(eventId, number));
        return Response.created(uri.getBaseUriBuilder().path("reservations").path(r.id()).build()).entity(r).build();
    }

    /** The body of a reservation request: nothing to say yet. */
    public record EmptyInput() {
    }

    /** Booths to combine and the new booth's number (by default their numbers joined with "+"). */
    public record CombineInput(List<String> numbers, String number) {
    }

    /**
     * Rows to lay out: from {@code (xM, yM)}, {@code rows} rows of {@code perRow} booths of
     * {@code boothWidthM} × {@code boothDepthM}, aisles of {@code aisleM}; numbered {@code HUNDREDS}
     * (101, 102, … 201), {@code LETTERS} (A1, A2, … B1) or {@code SEQUENCE} (from {@code start}) after
     * {@code prefix}; priced {@code priceVnd} each or {@code pricePerSqmVnd}.
     */
    public record RowsInput(String hall, Double xM, Double yM, Double boothWidthM, Double boothDepthM, Integer rows,
                            Integer perRow, Double aisleM, Boolean backToBack, String numbering, String prefix,
                            Integer start, Long priceVnd, Long pricePerSqmVnd) {

        RowsDraft toDraft() {
            FloorPlan.Numbering.Scheme scheme;
            try {
                scheme = numbering == null ? FloorPlan.Numbering.Scheme.HUNDREDS
                        : FloorPlan.Numbering.Scheme.valueOf(numbering.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("numbering", "PLAN_NUMBERING_UNKNOWN", numbering);
            }
            if (boothWidthM == null) {
                throw DomainException.invalid("boothWidthM", "VALUE_REQUIRED");
            }
            if (boothDepthM == null) {
                throw DomainException.invalid("boothDepthM", "VALUE_REQUIRED");
            }
            if (rows == null) {
                throw DomainException.invalid("rows", "VALUE_REQUIRED");
            }
            if (perRow == null) {
                throw DomainException.invalid("perRow", "VALUE_REQUIRED");
            }
            if (priceVnd == null && pricePerSqmVnd == null) {
                throw DomainException.invalid("priceVnd", "VALUE_REQUIRED");
            }
            return new RowsDraft(hall, xM == null ? 0 : xM, yM == null ? 0 : yM, boothWidthM, boothDepthM, rows, perRow,
                    aisleM == null ? 3 : aisleM, backToBack == null || backToBack, scheme, prefix, start == null ? 1 : start,
                    pricePerSqmVnd != null ? Pricing.PER_SQM : Pricing.PER_BOOTH,
                    pricePerSqmVnd != null ? pricePerSqmVnd : priceVnd);
        }
    }

    private static BoothInput required(BoothInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return input;
    }
}
