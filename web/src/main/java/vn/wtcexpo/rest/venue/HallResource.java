package vn.wtcexpo.rest.venue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.venue.application.BlackoutService;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.web.support.Retried;

/** The venue catalogue on the API: halls for anyone, changes for the venue admin. */
@Path("halls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_VENUE, description = ApiApplication.TAG_VENUE_TEXT)
@Retried
public class HallResource {

    @Inject
    private VenueService venue;

    @Inject
    private BlackoutService blackouts;

    @Context
    private UriInfo uri;

    @GET
    @Operation(operationId = "hallsList", summary = "The halls that can be booked (with includeRetired=true, admins also see retired ones)")
    public List<HallJson> list(@QueryParam("includeRetired") boolean includeRetired) {
        var halls = includeRetired ? venue.allHalls() : venue.activeHalls();
        return halls.stream().map(HallJson::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "hallsGet", summary = "One hall")
    @APIResponse(responseCode = "404", description = "HALL_NOT_FOUND")
    public HallJson get(@PathParam("code") String code) {
        return HallJson.of(venue.hall(code));
    }

    @POST
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "hallsAdd", summary = "Adds a hall (venue admin)")
    @APIResponse(responseCode = "201", description = "The hall as stored")
    @APIResponse(responseCode = "400", description = "Invalid hall, with violations")
    @APIResponse(responseCode = "409", description = "HALL_CODE_TAKEN")
    public Response add(HallJson hall) {
        HallJson added = HallJson.of(venue.addHall(required(hall).toDraft(null), hall.outline()));
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("{code}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "hallsUpdate", summary = "Changes a hall (venue admin); active=false retires it")
    @APIResponse(responseCode = "404", description = "HALL_NOT_FOUND")
    public HallJson update(@PathParam("code") String code, HallJson hall) {
        return HallJson.of(venue.updateHall(code, required(hall).toDraft(code), hall.outline()));
    }

    @PUT
    @Path("{code}/outline")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "hallsOutline", summary = "Gives a hall its outline for floor plans: {\"widthM\": 60, \"depthM\": 50, \"features\": [{\"kind\": \"PILLAR\", \"xM\": 20, \"yM\": 20, \"widthM\": 1, \"depthM\": 1}]} (venue admin)")
    @APIResponse(responseCode = "409", description = "HALL_OUTLINE_CUTS_BOOTHS")
    public HallJson outline(@PathParam("code") String code, OutlineJson outline) {
        if (outline == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return HallJson.of(venue.changeOutline(code, outline.toModel()));
    }

    @GET
    @Path("{code}/blackouts")
    @Operation(operationId = "hallsBlackouts", summary = "The blackout periods recorded on a hall")
    public List<BlackoutJson> blackouts(@PathParam("code") String code) {
        return blackouts.blackoutsOf(code).stream().map(BlackoutJson::of).toList();
    }

    @POST
    @Path("{code}/blackouts")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "hallsAddBlackout", summary = "Makes a hall unbookable for a period (venue admin)")
    @APIResponse(responseCode = "201", description = "The blackout")
    public Response addBlackout(@PathParam("code") String code, BlackoutJson blackout) {
        if (blackout == null) {
            throw new BadRequestException();
        }
        BlackoutJson added = BlackoutJson.of(blackouts.addBlackout(code, ApiTime.in(blackout.start()),
                ApiTime.in(blackout.end()), blackout.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @DELETE
    @Path("{code}/blackouts/{id}")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "hallsRemoveBlackout", summary = "Removes a blackout (venue admin)")
    public Response removeBlackout(@PathParam("code") String code, @PathParam("id") String id) {
        blackouts.removeBlackout(code, id);
        return Response.noContent().build();
    }

    private static HallJson required(HallJson hall) {
        if (hall == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return hall;
    }
}
