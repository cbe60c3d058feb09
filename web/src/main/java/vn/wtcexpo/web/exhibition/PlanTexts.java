package vn.wtcexpo.web.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import vn.wtcexpo.web.support.Jsons;
import java.util.ResourceBundle;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.Retried;

/** The words the floor-plan script shows, in the reader's language, from the bundles. */
@Named
@RequestScoped
@Retried
public class PlanTexts {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    @Inject
    private LanguageView lang;

    public String getJson() {
        ResourceBundle b = Texts.bundle(lang.getLocale());
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("halls", b.getString("plan.js.halls"))
                .add("zoomIn", b.getString("plan.js.zoomIn"))
                .add("zoomOut", b.getString("plan.js.zoomOut"))
                .add("zoomReset", b.getString("plan.js.zoomReset"))
                .add("planOf", b.getString("plan.js.planOf"))
                .add("noOutline", b.getString("plan.js.noOutline"));
        for (BoothStatus s : BoothStatus.values()) {
            o.add("status_" + s.name(), b.getString("booth.status." + s.name()));
        }
        return o.build().toString();
    }
}
