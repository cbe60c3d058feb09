package vn.wtcexpo.exhibition.application;

import java.util.List;
import vn.wtcexpo.venue.application.HallOutline;

/** An event's floor plan: for each of its halls, the outline, its fixed features and the booths on it. */
public record PlanView(String eventId, List<HallPlan> halls) {

    public record HallPlan(String hall, String nameVi, String nameEn, Double widthM, Double depthM,
                           List<HallOutline.Feature> features, List<BoothSummary> booths) {
    }

    public List<BoothSummary> booths() {
        return halls.stream().flatMap(h -> h.booths().stream()).toList();
    }
}
