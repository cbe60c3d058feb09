package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.OccupancyService;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.support.Retried;

/** Live occupancy per hall, and a supervisor's correction of a hall's count. */
@Path("events/{id}/occupancy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class OccupancyResource {

    @Inject

    private OccupancyService occupancyService;


    @Inject

    private GateReports gateReports;

    @PathParam("id")
    private String eventId;

    @GET
    @Operation(operationId = "occupancyGet", summary = "Inside now per hall against its safety capacity, and admitted today "
            + "(the organizer, the venue admin, gate staff)")
    public OccupancyJson get() {
        return OccupancyJson.of(occupancyService.occupancy(eventId));
    }

    @GET
    @Path("dashboard")
    @Operation(operationId = "gateDashboard", summary = "Today's live view: occupancy, admissions per hour and gate, denied "
            + "scans by reason, silent gates, offline conflicts (the organizer, the venue admin, gate staff)")
    public GateDashboardJson dashboard() {
        return GateDashboardJson.of(gateReports.dashboard(eventId));
    }

    @POST
    @Path("corrections")
    @Operation(operationId = "occupancyCorrect", summary = "Sets how many are inside a hall now, with the reason (the "
            + "organizer, the venue admin); recorded with who and when. 0 also ends every presence in the hall: those still "
            + "counted inside are admitted at their next entry scan")
    public OccupancyJson correct(CorrectionInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        if (input.inside() == null) {
            throw DomainException.invalid("inside", "VALUE_REQUIRED");
        }
        return OccupancyJson.of(occupancyService.correct(eventId, input.hall(), input.inside(), input.reason()));
    }
}
