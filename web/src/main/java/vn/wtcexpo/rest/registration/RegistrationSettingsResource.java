package vn.wtcexpo.rest.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/**
 * Whether an event's online registration is open, and its visitor cap (the organizer).
 */
@Path("events/{id}/registration-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@Retried
public class RegistrationSettingsResource {

    @Inject

    private RegistrationService registrations;

    @PathParam("id")
    private String eventId;

    @GET
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registrationSettingsGet", summary = "Whether online registration is open, the visitor cap, visitors registered")
    public DeskJson settings() {
        return DeskJson.of(registrations.settings(eventId));
    }

    @PUT
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registrationSettingsPut", summary = "Opens or closes online registration and sets the visitor cap (null: none)")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CAP_BELOW_REGISTERED")
    public DeskJson changeSettings(DeskInput input) {
        if (input == null || input.open() == null) {
            throw DomainException.invalid("open", "VALUE_REQUIRED");
        }
        return DeskJson.of(registrations.changeSettings(eventId, input.open(), input.cap()));
    }
}
