package vn.wtcexpo.web.venue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.venue.application.BlackoutSummary;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.BlackoutService;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.venue.model.HallKind;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The venue admin's page: the hall catalogue (add, change, retire) and each hall's blackouts. */
@Named
@ViewScoped
@Retried
public class HallAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VenueService venue;

    @Inject
    private BlackoutService blackoutService;

    private List<HallSummary> halls = List.of();
    private HallSummary selected;
    private List<BlackoutSummary> blackouts = List.of();

    // the hall form
    private boolean editing;
    private String code;
    private String nameVi;
    private String nameEn;
    private HallKind kind = HallKind.EXHIBITION_HALL;
    private Integer areaSqm;
    private Integer capacity;
    private Long dayRateVnd;
    private boolean combined;
    private List<String> parts = new ArrayList<>();
    private boolean active = true;

    // the outline form
    private String outlineCode;
    private Double outlineWidth;
    private Double outlineDepth;
    private List<FeatureRow> features = new ArrayList<>();

    /** One fixed feature in the outline form. */
    public static class FeatureRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = "PILLAR";
        private Double x;
        private Double y;
        private Double width = 0.8;
        private Double depth = 0.8;
        private String label;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public Double getX() { return x; }
        public void setX(Double x) { this.x = x; }
        public Double getY() { return y; }
        public void setY(Double y) { this.y = y; }
        public Double getWidth() { return width; }
        public void setWidth(Double width) { this.width = width; }
        public Double getDepth() { return depth; }
        public void setDepth(Double depth) { this.depth = depth; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    public void startOutline(HallSummary hall) {
        outlineCode = hall.code();
        outlineWidth = hall.widthM();
        outlineDepth = hall.depthM();
        features = new ArrayList<>();
        for (vn.wtcexpo.venue.application.HallOutline.Feature f : hall.features()) {
            FeatureRow row = new FeatureRow();
            row.kind = f.kind();
            row.x = f.xM();
            row.y = f.yM();
            row.width = f.widthM();
            row.depth = f.depthM();
            row.label = f.label();
            features.add(row);
        }
    }

    public void addFeature() {
        features.add(new FeatureRow());
    }

    public void removeFeature(FeatureRow row) {
        features.remove(row);
    }

    public void saveOutline() {
        try {
            venue.changeOutline(outlineCode, new vn.wtcexpo.venue.application.HallOutline(outlineWidth, outlineDepth,
                    features.stream().map(r -> new vn.wtcexpo.venue.application.HallOutline.Feature(r.kind, r.x, r.y,
                            r.width, r.depth, r.label)).toList()));
            FacesMessages.info("admin.outline.saved", outlineCode);
            load();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public String[] getFeatureKinds() {
        return new String[] {"PILLAR", "FIRE_EXIT", "DOOR", "TECHNICAL"};
    }

    public String getOutlineCode() { return outlineCode; }
    public Double getOutlineWidth() { return outlineWidth; }
    public void setOutlineWidth(Double outlineWidth) { this.outlineWidth = outlineWidth; }
    public Double getOutlineDepth() { return outlineDepth; }
    public void setOutlineDepth(Double outlineDepth) { this.outlineDepth = outlineDepth; }
    public List<FeatureRow> getFeatures() { return features; }

    // the blackout form
    private LocalDate blackoutFrom;
    private LocalDate blackoutTo;
    private String blackoutReason;

    public void load() {
        halls = venue.allHalls();
        if (selected != null) {
            String code = selected.code();
            selected = halls.stream().filter(h -> h.code().equals(code)).findFirst().orElse(null);
        }
        blackouts = selected == null ? List.of() : blackoutService.blackoutsOf(selected.code());
    }

    public void startNew() {
        editing = false;
        code = null;
        nameVi = null;
        nameEn = null;
        kind = HallKind.EXHIBITION_HALL;
        areaSqm = null;
        capacity = null;
        dayRateVnd = null;
        combined = false;
        parts = new ArrayList<>();
        active = true;
    }

    public void startEdit(HallSummary hall) {
        editing = true;
        code = hall.code();
        nameVi = hall.nameVi();
        nameEn = hall.nameEn();
        kind = hall.kind();
        areaSqm = hall.areaSqm();
        capacity = hall.capacity();
        dayRateVnd = hall.dayRateVnd();
        combined = hall.combined();
        parts = new ArrayList<>(hall.parts());
        active = hall.active();
    }

    public void save() {
        HallDraft draft = new HallDraft(code == null ? null : code.strip().toUpperCase(), nameVi, nameEn, kind,
                combined ? null : areaSqm, capacity, dayRateVnd, combined ? List.copyOf(parts) : List.of(), active);
        try {
            HallSummary saved = editing ? venue.updateHall(code, draft) : venue.addHall(draft);
            FacesMessages.info(editing ? "admin.halls.updated" : "admin.halls.added", saved.code());
            PrimeFaces.current().executeScript("PF('hallDialog').hide()");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void select(HallSummary hall) {
        selected = hall;
        blackouts = blackoutService.blackoutsOf(hall.code());
        blackoutFrom = null;
        blackoutTo = null;
        blackoutReason = null;
    }

    public void addBlackout() {
        if (selected == null) {
            return;
        }
        try {
            var start = blackoutFrom == null ? null : blackoutFrom.atStartOfDay(Formats.VIETNAM).toInstant();
            var end = blackoutTo == null ? null : blackoutTo.plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant();
            blackoutService.addBlackout(selected.code(), start, end, blackoutReason);
            FacesMessages.info("admin.blackouts.added", selected.code());
            blackoutFrom = null;
            blackoutTo = null;
            blackoutReason = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void removeBlackout(BlackoutSummary blackout) {
        try {
            blackoutService.removeBlackout(blackout.hall(), blackout.id());
            FacesMessages.info("admin.blackouts.removed");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Plain active halls, which may be parts of a combined hall. */
    public List<HallSummary> getPartCandidates() {
        return halls.stream().filter(h -> !h.combined() && h.active() && !h.code().equals(code)).toList();
    }

    /** The last day of a blackout, inclusive, for display. */
    public java.time.Instant lastDay(BlackoutSummary b) {
        return b.end().minusSeconds(1);
    }

    public HallKind[] getKinds() {
        return HallKind.values();
    }

    public List<HallSummary> getHalls() { return halls; }
    public HallSummary getSelected() { return selected; }
    public List<BlackoutSummary> getBlackouts() { return blackouts; }
    public boolean isEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public HallKind getKind() { return kind; }
    public void setKind(HallKind kind) { this.kind = kind; }
    public Integer getAreaSqm() { return areaSqm; }
    public void setAreaSqm(Integer areaSqm) { this.areaSqm = areaSqm; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Long getDayRateVnd() { return dayRateVnd; }
    public void setDayRateVnd(Long dayRateVnd) { this.dayRateVnd = dayRateVnd; }
    public boolean isCombined() { return combined; }
    public void setCombined(boolean combined) { this.combined = combined; }
    public List<String> getParts() { return parts; }
    public void setParts(List<String> parts) { this.parts = parts; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public LocalDate getBlackoutFrom() { return blackoutFrom; }
    public void setBlackoutFrom(LocalDate blackoutFrom) { this.blackoutFrom = blackoutFrom; }
    public LocalDate getBlackoutTo() { return blackoutTo; }
    public void setBlackoutTo(LocalDate blackoutTo) { this.blackoutTo = blackoutTo; }
    public String getBlackoutReason() { return blackoutReason; }
    public void setBlackoutReason(String blackoutReason) { this.blackoutReason = blackoutReason; }
}
