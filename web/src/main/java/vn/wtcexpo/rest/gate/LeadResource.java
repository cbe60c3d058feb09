package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.LeadService;
import vn.wtcexpo.gate.application.LeadSummary;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** Lead retrieval at the booth: an exhibitor (or its lead scanner) scans a visitor's badge, then rates it. */
@Path("leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class LeadResource {

    @Inject
    private LeadService leads;

    @POST
    @Operation(operationId = "leadsCapture", summary = "A visitor's badge scanned at the booth: 201 with a new lead, 200 "
            + "with the one the exhibitor has for that badge (the exhibitor, its lead scanner)")
    @APIResponse(responseCode = "201", description = "A new lead")
    @APIResponse(responseCode = "200", description = "The badge was scanned before: its lead")
    @APIResponse(responseCode = "409", description = "LEAD_BADGE_REVOKED, LEADS_NEED_A_BOOTH")
    public Response capture(LeadInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        LeadSummary lead = leads.capture(input.event(), input.code());
        return Response.status(lead.created() ? 201 : 200).entity(LeadJson.of(lead)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "leadsAssess", summary = "Rates a lead (1–5) and keeps notes (the exhibitor, its lead scanner)")
    public LeadJson assess(@PathParam("id") String id, AssessmentInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return LeadJson.of(leads.assess(id, input.rating(), input.notes()));
    }
}
