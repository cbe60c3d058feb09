package vn.wtcexpo.rest.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;
import vn.wtcexpo.web.insight.ReportFiles;
import vn.wtcexpo.web.support.Spreadsheets;

/** The post-show report as a workbook (its own root: a literal path next to the event's other resources). */
@Path("events/{id}/report.xlsx")
@RequestScoped
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class ReportXlsxResource {

    @Inject
    private ReportFiles files;

    @PathParam("id")
    private String eventId;

    @GET
    @Produces({Spreadsheets.XLSX, MediaType.APPLICATION_JSON})
    @Operation(operationId = "reportXlsx", summary = "The post-show report as an xlsx workbook, a sheet per table, headings in Vietnamese and English (the event's "
            + "organizer, the venue admin): visitors and visits per day and hall, busiest hours, registered against came "
            + "per badge type, stays, returning visitors, interests, leads per exhibitor (counts only), how the forecast "
            + "did; no group of fewer than 5 people. exhibitor=me: the calling exhibitor's own page (its leads per day and "
            + "hour, its halls' traffic). From the first show day on (409 REPORT_BEFORE_SHOW before); 400 EXHIBITOR_ME_ONLY")
    @APIResponse(responseCode = "200", description = Spreadsheets.XLSX)
    public Response xlsx(@QueryParam("exhibitor") String exhibitor) {
        boolean own = ReportFiles.ownPage(exhibitor);
        return Response.ok(files.xlsx(eventId, own), Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ReportFiles.fileName(eventId, own, "xlsx") + "\"").build();
    }
}
