package vn.wtcexpo.web.exhibition;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import vn.wtcexpo.web.support.Jsons;
import java.util.Locale;
import java.util.Map;
import vn.wtcexpo.exhibition.application.BoothSummary;
import vn.wtcexpo.exhibition.application.PlanView;
import vn.wtcexpo.venue.application.HallOutline;

/** A floor plan as the page's script draws it (resources/js/floorplan.js): halls, features, booths. */
final class PlanData {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    private PlanData() {
    }

    /**
     * @param companies the company shown on a booth, by booth number (only what the reader may know)
     */
    static String json(PlanView plan, Map<String, String> companies, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        JsonArrayBuilder halls = JSON.createArrayBuilder();
        for (PlanView.HallPlan h : plan.halls()) {
            JsonArrayBuilder features = JSON.createArrayBuilder();
            for (HallOutline.Feature f : h.features()) {
                features.add(JSON.createObjectBuilder().add("kind", f.kind()).add("xM", f.xM()).add("yM", f.yM())
                        .add("widthM", f.widthM()).add("depthM", f.depthM()).add("label", f.label() == null ? f.kind() : f.label()));
            }
            JsonArrayBuilder booths = JSON.createArrayBuilder();
            for (BoothSummary b : h.booths()) {
                JsonObjectBuilder o = JSON.createObjectBuilder().add("number", b.number()).add("xM", b.xM()).add("yM", b.yM())
                        .add("widthM", b.widthM()).add("depthM", b.depthM()).add("areaSqm", b.areaSqm())
                        .add("kind", b.kind().name()).add("status", b.status().name()).add("priceVnd", b.priceVnd())
                        .add("combined", b.combined());
                if (b.label() != null) {
                    o.add("label", b.label());
                }
                String company = companies.get(b.number());
                if (company != null) {
                    o.add("company", company);
                }
                booths.add(o);
            }
            JsonObjectBuilder hall = JSON.createObjectBuilder().add("hall", h.hall()).add("name", en ? h.nameEn() : h.nameVi())
                    .add("features", features).add("booths", booths);
            if (h.widthM() != null) {
                hall.add("widthM", h.widthM()).add("depthM", h.depthM());
            } else {
                hall.addNull("widthM").addNull("depthM");
            }
            halls.add(hall);
        }
        return JSON.createObjectBuilder().add("event", plan.eventId()).add("halls", halls).build().toString();
    }
}
