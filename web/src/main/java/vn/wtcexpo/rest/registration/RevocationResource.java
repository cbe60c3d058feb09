package vn.wtcexpo.rest.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.GateFeed;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/**
 * The codes gates must refuse.
 */
@Path("events/{id}/revocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@Retried
public class RevocationResource {

    @Inject

    private GateFeed gateFeed;

    @Inject

    private DeviceService deviceService;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.SecurityContext security;

    @PathParam("id")
    private String eventId;

    @GET
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "badgeRevocations", summary = "The codes gates must refuse, oldest first; since: only those "
            + "revoked at or after that instant (gate staff, the organizer, the venue admin, the event's gate devices)")
    public List<RevokedJson> revocations(@QueryParam("since") String since) {
        OffsetDateTime from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = OffsetDateTime.parse(since.strip());
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("since", "INSTANT_INVALID");
            }
        }
        java.time.Instant at = from == null ? null : ApiTime.in(from);
        // a paired gate device reads its own event's list through the gate context, which knows its event
        var list = security.isUserInRole(Roles.GATE_DEVICE) ? deviceService.revocations(eventId, at) : gateFeed.revocations(eventId, at);
        return list.stream().map(RevokedJson::of).toList();
    }
}
