package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.LeadService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** The calling exhibitor's leads at an event. */
@Path("events/{id}/leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class EventLeadsResource {

    @Inject
    private LeadService leads;

    @PathParam("id")
    private String eventId;

    @GET
    @Operation(operationId = "leadsList", summary = "The calling exhibitor's leads at the event, newest first; a visitor "
            + "who did not consent shows with consent false and no personal details")
    public List<LeadJson> list() {
        return leads.leads(eventId).stream().map(LeadJson::of).toList();
    }
}
