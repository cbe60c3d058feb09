package vn.wtcexpo.rest.venue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.wtcexpo.rest.Bilingual;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallOutline;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.model.HallKind;

/**
 * A hall on the API. {@code parts} lists the halls a combined hall occupies ({@code "AB"} →
 * {@code ["A", "B"]}); for a combined hall {@code areaSqm} is the sum of its parts. {@code kind}
 * defaults to {@code EXHIBITION_HALL}; {@code active} to true on creation and "unchanged" on update.
 * {@code widthM} × {@code depthM} is the floor's outline for plans, {@code features} what booths cannot cover.
 */
@JsonbPropertyOrder({"code", "name", "kind", "areaSqm", "capacity", "parts", "dayRateVnd", "active", "widthM", "depthM",
        "features"})
public record HallJson(String code, Bilingual name, HallKind kind, Integer areaSqm, Integer capacity,
                       List<String> parts, Long dayRateVnd, Boolean active, Double widthM, Double depthM,
                       List<OutlineJson.FeatureJson> features) {

    static HallJson of(HallSummary h) {
        return new HallJson(h.code(), new Bilingual(h.nameVi(), h.nameEn()), h.kind(), h.areaSqm(), h.capacity(),
                h.parts(), h.dayRateVnd(), h.active(), h.widthM(), h.depthM(), h.hasOutline() ? h.features().stream().map(OutlineJson.FeatureJson::of).toList() : null);
    }

    /** The outline sent with the hall, or null when it sends none (the outline stays as it is). */
    HallOutline outline() {
        if (widthM == null && depthM == null && features == null) {
            return null;
        }
        return new OutlineJson(widthM, depthM, features).toModel();
    }

    HallDraft toDraft(String codeFromPath) {
        HallKind k = kind == null && (parts == null || parts.isEmpty()) ? HallKind.EXHIBITION_HALL : kind;
        return new HallDraft(codeFromPath != null && code == null ? codeFromPath : code,
                name == null ? null : name.vi(), name == null ? null : name.en(),
                k, areaSqm, capacity, dayRateVnd, parts, active);
    }
}
