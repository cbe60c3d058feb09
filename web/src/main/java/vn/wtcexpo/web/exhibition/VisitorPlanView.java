package vn.wtcexpo.web.exhibition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.shared.Text;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.Retried;

/**
 * A published event for visitors: when and where, and the floor plan with who exhibits where; the
 * directory filters by company name and product category as you type, and lights the booths up.
 */
@Named
@ViewScoped
@Retried
public class VisitorPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private FloorPlanService plans;

    @Inject
    private ExhibitionReports reports;

    @Inject
    private LanguageView lang;

    private String id;
    private EventSummary event;
    private List<ExhibitionReports.DirectoryEntry> directory = List.of();

    public void load() {
        try {
            event = events.event(id);
            if (!event.published()) {
                event = null;
                return;
            }
            directory = reports.directory(id);
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public String getPlanJson() {
        Map<String, String> companies = new HashMap<>();
        for (ExhibitionReports.DirectoryEntry d : directory) {
            d.booths().forEach(b -> companies.put(b, d.companyName()));
        }
        return PlanData.json(plans.plan(id), companies, lang.getLocale());
    }

    /** The categories that any exhibitor of the event shows, for the filter. */
    public List<ProductCategory> getCategories() {
        return directory.stream().flatMap(d -> d.categories().stream()).distinct().sorted().toList();
    }

    /**
     * What the search matches: the company, its products and its categories in both languages, folded as the
     * desk's search is ({@link Text#fold}: "noi that" finds "Nội thất"); the page folds what is typed the same way.
     */
    public String searchText(ExhibitionReports.DirectoryEntry d) {
        StringBuilder s = new StringBuilder(d.companyName()).append(' ').append(d.products() == null ? "" : d.products());
        for (ProductCategory c : d.categories()) {
            for (Locale l : Texts.SUPPORTED) {
                s.append(' ').append(Texts.text(l, "category." + c.name()));
            }
        }
        return Text.fold(s.toString());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public EventSummary getEvent() { return event; }
    public List<ExhibitionReports.DirectoryEntry> getDirectory() { return directory; }
}
