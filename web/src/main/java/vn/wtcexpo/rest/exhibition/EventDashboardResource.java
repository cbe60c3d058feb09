package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** The organizer's numbers: booths and area per state and hall, area sold, revenue invoiced and paid. */
@Path("events/{eventId}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class EventDashboardResource {

    @Inject
    private ExhibitionReports reports;

    @GET
    @Operation(operationId = "eventsDashboard", summary = "Booths and m² per state and hall, % of area sold, VND invoiced and paid (the event's organizer)")
    public ReportJson.DashboardJson dashboard(@PathParam("eventId") String eventId) {
        return ReportJson.DashboardJson.of(reports.dashboard(eventId));
    }
}
