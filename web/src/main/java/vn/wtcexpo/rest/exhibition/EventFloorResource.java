package vn.wtcexpo.rest.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.PlanView;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.Bilingual;
import vn.wtcexpo.rest.venue.OutlineJson;
import vn.wtcexpo.web.support.Retried;

/** An event's whole floor plan in one answer: each hall's outline, fixed features and booths. */
@Path("events/{eventId}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_EXHIBITION, description = ApiApplication.TAG_EXHIBITION_TEXT)
@Retried
public class EventFloorResource {

    @Inject
    private FloorPlanService plans;

    @GET
    @Operation(operationId = "eventsPlan", summary = "The floor plan: per hall, widthM × depthM, features no booth may cover, booths")
    public PlanJson plan(@PathParam("eventId") String eventId) {
        return PlanJson.of(plans.plan(eventId));
    }

    /** The plan on the API. */
    public record PlanJson(String event, List<HallPlanJson> halls) {
        static PlanJson of(PlanView p) {
            return new PlanJson(p.eventId(), p.halls().stream().map(h -> new HallPlanJson(h.hall(),
                    new Bilingual(h.nameVi(), h.nameEn()), h.widthM(), h.depthM(),
                    h.features().stream().map(OutlineJson.FeatureJson::of).toList(),
                    h.booths().stream().map(BoothJson::of).toList())).toList());
        }
    }

    /** One hall of the plan. */
    public record HallPlanJson(String hall, Bilingual name, Double widthM, Double depthM, List<OutlineJson.FeatureJson> features,
                               List<BoothJson> booths) {
    }
}
