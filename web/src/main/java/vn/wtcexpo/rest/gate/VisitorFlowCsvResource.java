package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** The visitor flow as CSV (its own root: a literal path next to {@link VisitorFlowResource}'s). */
@Path("events/{id}/visitor-flow.csv")
@RequestScoped
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class VisitorFlowCsvResource {

    @Inject

    private GateReports gateReports;

    @PathParam("id")
    private String eventId;

    @GET
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "visitorFlowCsv", summary = "The visitor flow as CSV (UTF-8, comma-separated, header "
            + vn.wtcexpo.web.gate.FlowExport.CSV_HEADER + "; a suppressed count is empty)")
    @APIResponse(responseCode = "200", description = "text/csv")
    public Response csv() {
        return Response.ok(vn.wtcexpo.web.gate.FlowExport.csv(gateReports.flow(eventId)).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"visitor-flow.csv\"").build();
    }
}
