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

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.UriInfo uri;

    @jakarta.ws.rs.POST
    @Path("scanners")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "leadScannersOpen", summary = "A lead scanner for the calling exhibitor's staff: a device token "
            + "for the event's lead scanning only, for a day, shown once with the scanner page's address")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "The device with its token")
    public jakarta.ws.rs.core.Response openScanner(DeviceInput input) {
        var device = leads.openLeadScanner(eventId, input == null ? null : input.name());
        return jakarta.ws.rs.core.Response.status(201).entity(DeviceJson.of(device, EventDevicesResource.scannerUrl(uri, device.token()))).build();
    }

    @GET
    @Path("scanners")
    @Operation(operationId = "leadScannersList", summary = "The calling exhibitor's lead scanners at the event that still "
            + "work (one per person and name and day), newest first; never their tokens")
    public List<DeviceJson> scanners() {
        return leads.leadScanners(eventId).stream().map(d -> DeviceJson.of(d, null)).toList();
    }

    @GET
    @Operation(operationId = "leadsList", summary = "The calling exhibitor's leads at the event, newest first; a visitor "
            + "who did not consent shows with consent false and no personal details")
    public List<LeadJson> list() {
        return leads.leads(eventId).stream().map(LeadJson::of).toList();
    }
}
