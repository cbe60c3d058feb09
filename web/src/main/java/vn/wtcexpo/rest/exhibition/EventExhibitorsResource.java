package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.exhibition.ExhibitorExport;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.Retried;
import vn.wtcexpo.web.support.Spreadsheets;

/** Who exhibits at an event: the public directory, and the organizer's export (CSV, xlsx). */
@Path("events/{eventId}/exhibitors")
@RequestScoped
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@Retried
public class EventExhibitorsResource {

    @Inject
    private ExhibitionReports reports;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eventsDirectory", summary = "The companies exhibiting at a published event, their booths and product categories (anyone)")
    public List<ReportJson.DirectoryJson> directory(@PathParam("eventId") String eventId) {
        return reports.directory(eventId).stream().map(ReportJson.DirectoryJson::of).toList();
    }

    @GET
    @Path("export.csv")
    @Produces({Spreadsheets.CSV, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsExhibitorsCsv", summary = "The exhibitor list as CSV (the event's organizer)")
    @APIResponse(responseCode = "200", description = "text/csv")
    public Response csv(@PathParam("eventId") String eventId) {
        return Response.ok(Spreadsheets.csv(rows(eventId)), Spreadsheets.CSV)
                .header("Content-Disposition", "attachment; filename=\"exhibitors.csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces({Spreadsheets.XLSX, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "eventsExhibitorsXlsx", summary = "The exhibitor list as an Excel workbook (the event's organizer)")
    @APIResponse(responseCode = "200", description = "xlsx")
    public Response xlsx(@PathParam("eventId") String eventId) {
        return Response.ok(Spreadsheets.xlsx("Exhibitors", rows(eventId)), Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"exhibitors.xlsx\"").build();
    }

    private List<List<Object>> rows(String eventId) {
        return ExhibitorExport.rows(reports.exhibitorList(eventId), Texts.firstSupported(headers.getAcceptableLanguages()));
    }
}
