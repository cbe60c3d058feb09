package vn.wtcexpo.web.venue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.web.support.Retried;

/** The public page of the venue's halls, filterable by kind. */
@Named
@ViewScoped
@Retried
public class HallCatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VenueService venue;

    private List<HallSummary> halls = List.of();
    private String kind = "";

    /** Exhibition halls first, then the outdoor area, then rooms; within each, plain halls before combined ones. */
    private static final java.util.Comparator<HallSummary> DISPLAY_ORDER = java.util.Comparator
            .comparing(HallSummary::kind).thenComparing(HallSummary::combined).thenComparing(HallSummary::code);

    public void load() {
        halls = venue.activeHalls().stream().sorted(DISPLAY_ORDER).toList();
    }

    public List<HallSummary> getShown() {
        return kind == null || kind.isEmpty() ? halls : halls.stream().filter(h -> h.kind().name().equals(kind)).toList();
    }

    public int getTotalArea() {
        return halls.stream().filter(h -> !h.combined()).mapToInt(HallSummary::areaSqm).sum();
    }

    /** The filter's choices: all kinds (empty), then each kind. */
    public List<String> getKinds() {
        return List.of("", "EXHIBITION_HALL", "OUTDOOR_AREA", "CONFERENCE_ROOM");
    }

    public int getCount() {
        return halls.size();
    }

    public String getKind() { return kind; }
    /** Anything but a known kind shows all halls. */
    public void setKind(String kind) { this.kind = kind != null && getKinds().contains(kind) ? kind : ""; }
}
