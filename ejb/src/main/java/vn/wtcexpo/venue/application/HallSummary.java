package vn.wtcexpo.venue.application;

import java.util.List;
import java.util.Locale;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.model.HallKind;

/** A hall as the outside sees it. */
public record HallSummary(String code, String nameVi, String nameEn, HallKind kind, int areaSqm, int capacity,
                          long dayRateVnd, List<String> parts, boolean active, Double widthM, Double depthM,
                          List<HallOutline.Feature> features) {

    public static HallSummary of(Hall hall) {
        Rect floor = hall.floor();
        List<HallOutline.Feature> features = floor == null ? List.of() : hall.features().stream()
                .map(f -> new HallOutline.Feature(f.kind().name(), f.area().xM(), f.area().yM(), f.area().widthM(),
                        f.area().depthM(), f.label())).toList();
        return new HallSummary(hall.code(), hall.name().vi(), hall.name().en(), hall.kind(), hall.areaSqm(),
                hall.capacity(), hall.dayRateVnd(), hall.partCodes(), hall.isActive(),
                floor == null ? null : floor.widthM(), floor == null ? null : floor.depthM(), features);
    }

    /** Whether floor plans can be drawn in this hall. */
    public boolean hasOutline() {
        return widthM != null && depthM != null;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** The parts as {@code A + B}. */
    public String partsLabel() {
        return String.join(" + ", parts);
    }

    public boolean combined() {
        return !parts.isEmpty();
    }

    /** The draft that would leave this hall as it is; a starting point for an edit. */
    public HallDraft toDraft() {
        return new HallDraft(code, nameVi, nameEn, kind, areaSqm, capacity, dayRateVnd, List.copyOf(parts), active);
    }
}
