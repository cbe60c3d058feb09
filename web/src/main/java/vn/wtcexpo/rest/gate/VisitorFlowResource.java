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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.GateService.FlowRow;
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

    /** The CSV's columns: stable machine names for open-data portals. */
    public static final String CSV_HEADER = "day,hall,hour,entries,exits,peak_inside";

    @Inject
    private GateService gates;

    @PathParam("id")
    private String eventId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "visitorFlow", summary = "Visitor flow per day, hall and hour (local time): entries, exits, "
            + "peak inside; counts from 1 to 4 are null (the organizer, the venue admin)")
    public List<FlowJson> json() {
        return gates.flow(eventId).stream().map(FlowJson::of).toList();
    }

    public static String csv(List<FlowRow> rows) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (FlowRow r : rows) {
            out.append(r.day()).append(',').append(csvText(r.hall())).append(',').append(r.hour()).append(',')
                    .append(n(r.entries())).append(',').append(n(r.exits())).append(',').append(n(r.peakInside())).append("\r\n");
        }
        return out.toString();
    }

    public static String json(List<FlowRow> rows) {
        try (var jsonb = jakarta.json.bind.JsonbBuilder.create(new jakarta.json.bind.JsonbConfig().withNullValues(true))) {
            return jsonb.toJson(rows.stream().map(FlowJson::of).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String n(Integer v) {
        return v == null ? "" : v.toString();
    }

    private static String csvText(String s) {
        return s.matches("[A-Za-z0-9_-]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}
