package vn.wtcexpo.rest.venue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.wtcexpo.venue.application.HallOutline;

/** A hall's outline for plans: width and depth in metres, and the features no booth may cover. */
@JsonbPropertyOrder({"widthM", "depthM", "features"})
public record OutlineJson(Double widthM, Double depthM, List<FeatureJson> features) {

    /** A pillar, fire exit, door or technical area, from the hall's top-left corner, in metres. */
    @JsonbPropertyOrder({"kind", "xM", "yM", "widthM", "depthM", "label"})
    public record FeatureJson(String kind, Double xM, Double yM, Double widthM, Double depthM, String label) {

        public static FeatureJson of(HallOutline.Feature f) {
            return new FeatureJson(f.kind(), f.xM(), f.yM(), f.widthM(), f.depthM(), f.label());
        }

        HallOutline.Feature toModel() {
            return new HallOutline.Feature(kind, xM, yM, widthM, depthM, label);
        }
    }

    HallOutline toModel() {
        return new HallOutline(widthM, depthM, features == null ? null
                : features.stream().map(f -> f == null ? null : f.toModel()).toList());
    }
}
