package vn.wtcexpo.web.exhibition;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.BoothDraft;
import vn.wtcexpo.exhibition.application.BoothSummary;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.RowsDraft;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.shared.NaturalOrder;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.support.Retried;

/**
 * The organizer's floor-plan editor. The plan is drawn in the browser (resources/js/floorplan.js); every
 * change goes through the floor-plan service and the page draws the plan it answers with, so what is
 * shown is always what is stored.
 */
@Named
@ViewScoped
@Retried
public class PlanEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FloorPlanService plans;

    @Inject
    private EventService events;

    @Inject
    private ReservationService reservations;

    @Inject
    private LanguageView lang;

    private String eventId;
    private EventSummary event;

    // rows
    private String rowsHall;
    private double rowsX = 3;
    private double rowsY = 3;
    private double boothWidth = 3;
    private double boothDepth = 3;
    private int rows = 2;
    private int perRow = 10;
    private double aisle = 3;
    private boolean backToBack = true;
    private FloorPlan.Numbering.Scheme scheme = FloorPlan.Numbering.Scheme.HUNDREDS;
    private String prefix;
    private int start = 1;
    private Pricing rowsPricing = Pricing.PER_BOOTH;
    private long rowsPrice = 30_000_000;

    // one booth: a new one, or the one selected on the plan
    private String selected;
    private String number;
    private String hall;
    private Double x;
    private Double y;
    private Double width = 3.0;
    private Double depth = 3.0;
    private BoothKind kind = BoothKind.INLINE;
    private Pricing pricing = Pricing.PER_BOOTH;
    private Long price = 30_000_000L;
    private String label;
    private String combineNumbers;
    private String combinedNumber;

    public void load() {
        try {
            event = events.mayManage(eventId) ? events.event(eventId) : null;
            if (event != null && rowsHall == null) {
                rowsHall = event.halls().get(0);
                hall = rowsHall;
            }
        } catch (RuntimeException e) {
            event = null;
        }
    }

    /** The plan for the script, with the company that holds each taken booth (the organizer may know it). */
    public String getPlanJson() {
        return PlanData.json(plans.plan(eventId), reservations.holders(eventId), lang.getLocale());
    }

    private void answer() {
        PrimeFaces.current().ajax().addCallbackParam("plan", getPlanJson());
        // the plan shows selected the booth the side form shows (none after a split or a removal)
        PrimeFaces.current().ajax().addCallbackParam("selected", selected == null ? "" : selected);
    }

    public void generate() {
        try {
            FloorPlanService.Generated g = plans.generateRows(eventId, new RowsDraft(rowsHall, rowsX, rowsY, boothWidth,
                    boothDepth, rows, perRow, aisle, backToBack, scheme, prefix, start, rowsPricing, rowsPrice));
            FacesMessages.info("plan.generated", g.placed(), g.skipped());
            answer();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void add() {
        try {
            plans.addBooth(eventId, new BoothDraft(number, hall, x, y, width, depth, kind, pricing, price, label));
            FacesMessages.info("plan.added", number);
            selected = number;
            answer();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Called by the script when a booth is clicked: its details fill the form. */
    public void select() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String n = p.get("number");
        plans.booth(eventId, n).ifPresent(this::fill);
    }

    /** The side form shows one booth, which the buttons beneath it change, split or remove. */
    private void fill(BoothSummary b) {
        selected = b.number();
        number = b.number();
        hall = b.hall();
        x = b.xM();
        y = b.yM();
        width = b.widthM();
        depth = b.depthM();
        kind = b.kind();
        pricing = b.pricing();
        price = b.pricing() == Pricing.PER_SQM ? b.pricePerSqmVnd() : b.priceVnd();
        label = b.label();
    }

    public void change() {
        if (selected == null) {
            FacesMessages.error("plan.selectFirst");
            return;
        }
        try {
            plans.changeBooth(eventId, selected, new BoothDraft(number, null, x, y, width, depth, kind, pricing, price, label));
            FacesMessages.info("plan.changed", number);
            selected = number;
            answer();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Called by the script when a booth was dragged to a new place. */
    public void move() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            plans.changeBooth(eventId, p.get("number"), new BoothDraft(null, null, Double.valueOf(p.get("x")),
                    Double.valueOf(p.get("y")), null, null, null, null, null, null));
            FacesMessages.info("plan.moved", p.get("number"));
        } catch (NumberFormatException e) {
            FacesMessages.error("plan.badPosition");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
        answer();
    }

    public void remove() {
        if (selected == null) {
            FacesMessages.error("plan.selectFirst");
            return;
        }
        try {
            plans.removeBooth(eventId, selected);
            FacesMessages.info("plan.removed", selected);
            selected = null;
            answer();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void combine() {
        List<String> numbers = combineNumbers == null ? List.of()
                : Arrays.stream(combineNumbers.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            // the side form follows: it shows the combined booth, ready to price, split or remove
            fill(plans.combine(eventId, numbers, combinedNumber));
            FacesMessages.info("plan.combined", String.join(", ", numbers));
            combineNumbers = null;
            combinedNumber = null;
            answer();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void split() {
        if (selected == null) {
            FacesMessages.error("plan.selectFirst");
            return;
        }
        try {
            var parts = plans.split(eventId, selected).stream().map(BoothSummary::number).sorted(NaturalOrder.INSTANCE).toList();
            FacesMessages.info("plan.splitDone", selected, String.join(", ", parts));
            selected = null;
            answer();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public BoothKind[] getKinds() { return BoothKind.values(); }
    public Pricing[] getPricings() { return Pricing.values(); }
    public FloorPlan.Numbering.Scheme[] getSchemes() { return FloorPlan.Numbering.Scheme.values(); }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public String getRowsHall() { return rowsHall; }
    public void setRowsHall(String rowsHall) { this.rowsHall = rowsHall; }
    public double getRowsX() { return rowsX; }
    public void setRowsX(double rowsX) { this.rowsX = rowsX; }
    public double getRowsY() { return rowsY; }
    public void setRowsY(double rowsY) { this.rowsY = rowsY; }
    public double getBoothWidth() { return boothWidth; }
    public void setBoothWidth(double boothWidth) { this.boothWidth = boothWidth; }
    public double getBoothDepth() { return boothDepth; }
    public void setBoothDepth(double boothDepth) { this.boothDepth = boothDepth; }
    public int getRows() { return rows; }
    public void setRows(int rows) { this.rows = rows; }
    public int getPerRow() { return perRow; }
    public void setPerRow(int perRow) { this.perRow = perRow; }
    public double getAisle() { return aisle; }
    public void setAisle(double aisle) { this.aisle = aisle; }
    public boolean isBackToBack() { return backToBack; }
    public void setBackToBack(boolean backToBack) { this.backToBack = backToBack; }
    public FloorPlan.Numbering.Scheme getScheme() { return scheme; }
    public void setScheme(FloorPlan.Numbering.Scheme scheme) { this.scheme = scheme; }
    public String getPrefix() { return prefix; }
    public void setPrefix(String prefix) { this.prefix = prefix; }
    public int getStart() { return start; }
    public void setStart(int start) { this.start = start; }
    public Pricing getRowsPricing() { return rowsPricing; }
    public void setRowsPricing(Pricing rowsPricing) { this.rowsPricing = rowsPricing; }
    public long getRowsPrice() { return rowsPrice; }
    public void setRowsPrice(long rowsPrice) { this.rowsPrice = rowsPrice; }
    public String getSelected() { return selected; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHall() { return hall; }
    public void setHall(String hall) { this.hall = hall; }
    public Double getX() { return x; }
    public void setX(Double x) { this.x = x; }
    public Double getY() { return y; }
    public void setY(Double y) { this.y = y; }
    public Double getWidth() { return width; }
    public void setWidth(Double width) { this.width = width; }
    public Double getDepth() { return depth; }
    public void setDepth(Double depth) { this.depth = depth; }
    public BoothKind getKind() { return kind; }
    public void setKind(BoothKind kind) { this.kind = kind; }
    public Pricing getPricing() { return pricing; }
    public void setPricing(Pricing pricing) { this.pricing = pricing; }
    public Long getPrice() { return price; }
    public void setPrice(Long price) { this.price = price; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getCombineNumbers() { return combineNumbers; }
    public void setCombineNumbers(String combineNumbers) { this.combineNumbers = combineNumbers; }
    public String getCombinedNumber() { return combinedNumber; }
    public void setCombinedNumber(String combinedNumber) { this.combinedNumber = combinedNumber; }
}
