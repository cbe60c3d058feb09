package vn.wtcexpo.venue.application;

import java.util.List;
import java.util.Locale;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallKind;

/** A hall as the outside sees it. */
public record HallSummary(String code, String nameVi, String nameEn, HallKind kind, int areaSqm, int capacity,
                          long dayRateVnd, List<String> parts, boolean active) {

    public static HallSummary of(Hall hall) {
        return new HallSummary(hall.code(), hall.name().vi(), hall.name().en(), hall.kind(), hall.areaSqm(),
                hall.capacity(), hall.dayRateVnd(), hall.partCodes(), hall.isActive());
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
