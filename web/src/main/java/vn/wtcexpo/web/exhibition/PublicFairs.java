package vn.wtcexpo.web.exhibition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.FloorPlanService;

/**
 * What a published fair's public page shows (the event, who exhibits where, the plan as the page draws it), kept
 * for {@link #KEPT} on each server: on a fair's morning thousands of phones open the same page, and each reading
 * of the database and of the plan cost more than rendering the page. Where it lives: in this server's memory only,
 * read-only, never a source of truth; a booth approved on any server shows on every server's page within
 * {@link #KEPT}. Nothing that decides (a reservation, a scan) reads it.
 */
@ApplicationScoped
public class PublicFairs {

    static final Duration KEPT = Duration.ofSeconds(5);
    private static final int MAX_FAIRS = 200;

    @Inject
    private EventService events;

    @Inject
    private FloorPlanService plans;

    @Inject
    private ExhibitionReports reports;

    private final Map<String, Fair> fairs = new ConcurrentHashMap<>();

    /**
     * An exhibitor as the page's directory lists it, every text made once per {@link #KEPT} instead of once per
     * reader (properties, which the page reads through cached getters rather than a reflective call each).
     */
    public static final class Line {
        private final ExhibitionReports.DirectoryEntry entry;
        private final String search;
        private final String booths;
        private final String boothList;
        private final String categories;

        Line(ExhibitionReports.DirectoryEntry entry) {
            this.entry = entry;
            this.search = VisitorPlanView.searchText(entry);
            this.booths = String.join(" ", entry.booths());
            this.boothList = String.join(", ", entry.booths());
            this.categories = String.join(" ", entry.categories().stream().map(Enum::name).toList());
        }

        public String getCompanyName() { return entry.companyName(); }
        public String getProducts() { return entry.products(); }
        /** What the search matches, folded ({@link VisitorPlanView#searchText}). */
        public String getSearch() { return search; }
        /** The booth numbers separated by spaces (data attribute). */
        public String getBooths() { return booths; }
        /** The booth numbers as people read them: {@code }. */
        public String getBoothList() { return boothList; }
        public String getCategories() { return categories; }
    }

    /** A published fair as its public page shows it. */
    public final class Fair {
        private final EventSummary event;
        private final List<ExhibitionReports.DirectoryEntry> directory;
        private final List<Line> lines;
        private final long until;
        private final Map<String, String> planJson = new ConcurrentHashMap<>();

        Fair(EventSummary event, List<ExhibitionReports.DirectoryEntry> directory, long until) {
            this.event = event;
            this.directory = directory;
            this.lines = directory.stream().map(Line::new).toList();
            this.until = until;
        }

        public List<Line> lines() {
            return lines;
        }

        public EventSummary event() {
            return event;
        }

        public List<ExhibitionReports.DirectoryEntry> directory() {
            return directory;
        }

        /** The floor plan with each taken booth's company, as the page's script reads it, in the reader's language. */
        public String planJson(Locale locale) {
            return planJson.computeIfAbsent(locale.getLanguage(), l -> {
                Map<String, String> companies = new HashMap<>();
                directory.forEach(d -> d.booths().forEach(b -> companies.put(b, d.companyName())));
                return scriptSafe(PlanData.json(plans.plan(event.id()), companies, locale));
            });
        }
    }

    /**
     * JSON that may stand unescaped inside a {@code <script>} element: {@code <}, {@code >} and {@code &} (which
     * appear only inside its strings: a company may call itself {@code </script>}) and the two line separators that
     * old parsers refuse are written as escapes, which JSON reads back as the same text.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** The fair, if it is published; null otherwise (a draft, a cancelled or an unknown event). */
    public Fair published(String eventId) {
        long now = System.nanoTime();
        Fair kept = eventId == null ? null : fairs.get(eventId);
        if (kept != null && kept.until - now > 0) {
            return kept;
        }
        EventSummary event = events.event(eventId);
        if (!event.published()) {
            fairs.remove(eventId);
            return null;
        }
        if (fairs.size() > MAX_FAIRS) {
            fairs.clear();
        }
        Fair fair = new Fair(event, reports.directory(event.id()), now + KEPT.toNanos());
        fairs.put(event.id(), fair);
        return fair;
    }
}
