package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** An event's gates: the doors scans happen at, each into one hall, one way or both. */
@Path("events/{id}/gates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class EventGatesResource {

    @Inject

    private GateService gates;

    @PathParam("id")
    private String eventId;

    @GET
    @Operation(operationId = "gatesList", summary = "The event's gates (the organizer, the venue admin, gate staff, the event's gate devices)")
    public List<GateJson> list() {
        return gates.gates(eventId).stream().map(GateJson::of).toList();
    }

    @POST
    @Operation(operationId = "gatesCreate", summary = "A new gate into one of the event's halls (the organizer, the venue admin)")
    @APIResponse(responseCode = "201", description = "The gate")
    @APIResponse(responseCode = "409", description = "GATE_CODE_TAKEN")
    public Response create(GateJson input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        GateDirection direction = direction(input.direction());
        return Response.status(201).entity(GateJson.of(gates.addGate(eventId, input.code(), input.hall(), direction))).build();
    }

    @DELETE
    @Path("{code}")
    @Operation(operationId = "gatesDelete", summary = "Removes a gate nobody has scanned at (the organizer, the venue admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "GATE_IN_USE")
    public Response delete(@PathParam("code") String code) {
        gates.removeGate(eventId, code);
        return Response.noContent().build();
    }

    static GateDirection direction(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("direction", "VALUE_REQUIRED");
        }
        try {
            return GateDirection.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("direction", "GATE_DIRECTION_INVALID");
        }
    }
}
