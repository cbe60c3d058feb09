package vn.wtcexpo.venue.application.internal;

import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.application.HallOutline;
import vn.wtcexpo.venue.model.HallLimits;
import vn.wtcexpo.venue.model.HallFeature;

/** A hall outline as typed in (metres, feature kinds by name), checked and turned into the model's centimetres. */
final class OutlineInput {

    private OutlineInput() {
    }

    /**
     * The floor the outline asks for: a side left out keeps the hall's current one ({@code VALUE_REQUIRED} when the
     * hall has none yet); each side above nothing and at most {@code maxSideCm}.
     */
    static Rect floor(HallOutline outline, Rect current, int maxSideCm) {
        if (outline.widthM() == null && current == null) {
            throw DomainException.invalid("widthM", "VALUE_REQUIRED");
        }
        if (outline.depthM() == null && current == null) {
            throw DomainException.invalid("depthM", "VALUE_REQUIRED");
        }
        int width = outline.widthM() == null ? current.width() : Rect.cm("widthM", outline.widthM());
        int depth = outline.depthM() == null ? current.depth() : Rect.cm("depthM", outline.depthM());
        if (width <= 0 || width > maxSideCm) {
            throw DomainException.invalid("widthM", "HALL_OUTLINE_OUT_OF_RANGE", maxSideCm / 100);
        }
        if (depth <= 0 || depth > maxSideCm) {
            throw DomainException.invalid("depthM", "HALL_OUTLINE_OUT_OF_RANGE", maxSideCm / 100);
        }
        return new Rect(0, 0, width, depth);
    }

    /** The fixed features (pillars, doors...), each complete and of a known kind, no more than a hall keeps. */
    static List<HallFeature> features(List<HallOutline.Feature> input) {
        if (input.size() > HallLimits.MAX_FEATURES) {
            throw DomainException.invalid("features", "HALL_TOO_MANY_FEATURES", HallLimits.MAX_FEATURES);
        }
        List<HallFeature> list = new ArrayList<>();
        for (HallOutline.Feature f : input) {
            if (f == null || f.kind() == null || f.xM() == null || f.yM() == null || f.widthM() == null || f.depthM() == null) {
                throw DomainException.invalid("features", "HALL_FEATURE_INCOMPLETE");
            }
            HallFeature.Kind kind;
            try {
                kind = HallFeature.Kind.valueOf(f.kind());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("features", "HALL_FEATURE_KIND_UNKNOWN", f.kind());
            }
            list.add(new HallFeature(kind, Rect.ofMetres(f.xM(), f.yM(), f.widthM(), f.depthM()), f.label()));
        }
        return list;
    }

}
