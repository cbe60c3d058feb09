package vn.wtcexpo.rest.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.GateFeed;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/**
 * The event's public key for gates that verify badge codes offline.
 */
@Path("events/{id}/badge-key")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@Retried
public class BadgeKeyResource {

    @Inject

    private GateFeed gateFeed;

    @PathParam("id")
    private String eventId;

    @GET
    @Operation(operationId = "badgeKey", summary = "The event's Ed25519 public key (X.509 SubjectPublicKeyInfo, base64) to "
            + "verify badge codes offline, the code format, and where and when each badge type admits (anyone, for a published event)")
    public BadgeKeyJson badgeKey() {
        return BadgeKeyJson.of(gateFeed.badgeKey(eventId));
    }
}
