package vn.wtcexpo.web.exhibition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.shared.Text;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.Retried;

/**
 * A published event for visitors: when and where, and the floor plan with who exhibits where; the
 * directory filters by company name and product category as you type, and lights the booths up. Request-scoped:
 * the page posts nothing back (the directory filters in the browser), so reading it makes no server session.
 */
@Named
@RequestScoped
@Retried
public class VisitorPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicFairs fairs;

    @Inject
    private LanguageView lang;

    private String id;
    private transient PublicFairs.Fair fair;
    private EventSummary event;
    private List<ExhibitionReports.DirectoryEntry> directory = List.of();

    public void load() {
        try {
            fair = fairs.published(id);
            event = fair == null ? null : fair.event();
            directory = fair == null ? List.of() : fair.directory();
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public String getPlanJson() {
        return fair == null ? "{\"halls\":[]}" : fair.planJson(lang.getLocale());
    }

    /** The categories that any exhibitor of the event shows, for the filter. */
    public List<ProductCategory> getCategories() {
        return directory.stream().flatMap(d -> d.categories().stream()).distinct().sorted().toList();
    }

    /**
     * What the search matches: the company, its products and its categories in both languages, folded as the
     * desk's search is ({@link Text#fold}: "noi that" finds "Nội thất"); the page folds what is typed the same way.
     */
    public static String searchText(ExhibitionReports.DirectoryEntry d) {
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
    /** The directory's lines, their texts made once for every reader ({@link PublicFairs.Line}). */
    public List<PublicFairs.Line> getLines() { return fair == null ? List.of() : fair.lines(); }
}
