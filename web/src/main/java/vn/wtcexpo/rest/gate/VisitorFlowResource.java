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
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/**
 * Visitor flow for the province's open-data portal: per hall and hour, entries, exits and the peak inside; counts
 * only, a count from 1 to 4 left out, so nobody can be singled out.
 */
@Path("events/{id}/visitor-flow")
@RequestScoped
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class VisitorFlowResource {

    @Inject

    private GateReports gateReports;

    @PathParam("id")
    private String eventId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "visitorFlow", summary = "Visitor flow per day, hall and hour (local time): entries, exits, "
            + "peak inside; counts from 1 to 4 are null (the organizer, the venue admin)")
    public List<FlowJson> json() {
        return gateReports.flow(eventId).stream().map(FlowJson::of).toList();
    }
}
