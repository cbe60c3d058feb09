package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.shared.Text;

/**
 * A booth (or a blocked area) on an event's floor plan: where it lies in its hall, its kind, its price
 * and its state. A combined booth covers booths next to each other; while combined they are hidden
 * from the plan ({@code combinedInto}) and come back when it is split. Only an available booth changes
 * shape, place or price.
 */
@Entity
@Table(name = "booth")
@NamedQuery(name = "Booth.ofEvent", query = "select b from Booth b where b.eventId = :event order by b.hallCode, b.number")
@NamedQuery(name = "Booth.byNumber", query = "select b from Booth b where b.eventId = :event and b.number = :number")
@NamedQuery(name = "Booth.members", query = "select b from Booth b where b.combinedInto = :id order by b.number")
@NamedQuery(name = "Booth.inHall", query = "select b from Booth b where b.hallCode = :hall and b.combinedInto is null")
public class Booth {

    public static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./+_-]{0,29}");
    public static final int MAX_LABEL = 60;
    /** A booth's price above which an input is surely a typing error (100 billion VND). */
    public static final long MAX_PRICE_VND = 100_000_000_000L;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "hall_code", nullable = false, length = 10)
    private String hallCode;

    @Column(name = "booth_number", nullable = false, length = 30)
    private String number;

    @Column(name = "x_cm", nullable = false)
    private int xCm;
    @Column(name = "y_cm", nullable = false)
    private int yCm;
    @Column(name = "width_cm", nullable = false)
    private int widthCm;
    @Column(name = "depth_cm", nullable = false)
    private int depthCm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BoothKind kind;

    @Column(length = MAX_LABEL)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Pricing pricing;

    @Column(name = "price_vnd", nullable = false)
    private long priceVnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BoothStatus status;

    @Column(name = "combined_into", length = 36)
    private String combinedInto;

    @Version
    private long version;

    protected Booth() {
    }

    public Booth(String eventId, String hallCode, String number, Rect area, BoothKind kind, Pricing pricing, long priceVnd,
                 String label) {
        this.id = UUID.randomUUID().toString();
        this.eventId = eventId;
        this.hallCode = hallCode;
        this.number = checkNumber(number);
        place(area);
        this.kind = kind == null ? BoothKind.INLINE : kind;
        this.status = this.kind == BoothKind.BLOCKED ? BoothStatus.BLOCKED : BoothStatus.AVAILABLE;
        this.label = Text.optional("label", label, MAX_LABEL);
        price(pricing, priceVnd);
    }

    /**
     * A booth's place as typed in metres: every side given, a positive size, not left of or above the hall's corner.
     *
     * @throws DomainException {@code VALUE_REQUIRED}, {@code PLAN_SIZE_NOT_POSITIVE}, {@code BOOTH_OUTSIDE_HALL}
     */
    public static Rect areaOf(Double xM, Double yM, Double widthM, Double depthM) {
        if (xM == null) {
            throw DomainException.invalid("xM", "VALUE_REQUIRED");
        }
        if (yM == null) {
            throw DomainException.invalid("yM", "VALUE_REQUIRED");
        }
        if (widthM == null) {
            throw DomainException.invalid("widthM", "VALUE_REQUIRED");
        }
        if (depthM == null) {
            throw DomainException.invalid("depthM", "VALUE_REQUIRED");
        }
        int w = positiveCm("widthM", widthM);
        int d = positiveCm("depthM", depthM);
        int x = Rect.cm("xM", xM);
        int y = Rect.cm("yM", yM);
        if (x < 0 || y < 0) {
            throw DomainException.invalid(x < 0 ? "xM" : "yM", "BOOTH_OUTSIDE_HALL", "");
        }
        return new Rect(x, y, w, d);
    }

    /** A length in metres as positive centimetres ({@code PLAN_SIZE_NOT_POSITIVE} otherwise). */
    public static int positiveCm(String field, double metres) {
        int cm = Rect.cm(field, metres);
        if (cm <= 0) {
            throw DomainException.invalid(field, "PLAN_SIZE_NOT_POSITIVE");
        }
        return cm;
    }

    /** A booth's price as typed: required but for a blocked area (free), from 0 to {@link #MAX_PRICE_VND}. */
    public static long priceOf(Long priceVnd, BoothKind kind) {
        if (priceVnd == null) {
            if (kind == BoothKind.BLOCKED) {
                return 0;
            }
            throw DomainException.invalid("priceVnd", "VALUE_REQUIRED");
        }
        if (priceVnd < 0 || priceVnd > MAX_PRICE_VND) {
            throw DomainException.invalid("priceVnd", "BOOTH_PRICE_OUT_OF_RANGE");
        }
        return priceVnd;
    }

    public static String checkNumber(String number) {
        String n = Text.required("number", number, 30);
        if (!NUMBER.matcher(n).matches()) {
            throw DomainException.invalid("number", "BOOTH_NUMBER_INVALID");
        }
        return n;
    }

    private void place(Rect area) {
        if (area == null) {
            throw DomainException.invalid("widthM", "VALUE_REQUIRED");
        }
        this.xCm = area.x();
        this.yCm = area.y();
        this.widthCm = area.width();
        this.depthCm = area.depth();
    }

    private void price(Pricing newPricing, long newPriceVnd) {
        if (newPriceVnd < 0 || newPriceVnd > MAX_PRICE_VND) {
            throw DomainException.invalid("priceVnd", "BOOTH_PRICE_OUT_OF_RANGE");
        }
        this.pricing = newPricing == null ? Pricing.PER_BOOTH : newPricing;
        this.priceVnd = kind == BoothKind.BLOCKED ? 0 : newPriceVnd;
    }

    /** Refuses a change of shape, place, kind or price unless the booth is free ({@code BOOTH_NOT_FREE}). */
    public void checkChangeable() {
        if (status != BoothStatus.AVAILABLE && status != BoothStatus.BLOCKED) {
            throw DomainException.conflict("BOOTH_NOT_FREE", number, status.name());
        }
        if (combinedInto != null) {
            throw DomainException.conflict("BOOTH_IS_COMBINED", number);
        }
    }

    /** Changes the booth (it must be free); the caller checks the new place against the plan. */
    public void change(String newNumber, Rect area, BoothKind newKind, Pricing newPricing, long newPriceVnd, String newLabel) {
        checkChangeable();
        String n = checkNumber(newNumber);
        String l = Text.optional("label", newLabel, MAX_LABEL);
        BoothKind k = newKind == null ? kind : newKind;
        this.number = n;
        place(area);
        this.kind = k;
        this.status = k == BoothKind.BLOCKED ? BoothStatus.BLOCKED : BoothStatus.AVAILABLE;
        this.label = l;
        price(newPricing, newPriceVnd);
    }

    /** What the booth costs before VAT: its price, or its price per m² times its area, in whole VND. */
    public long netPriceVnd() {
        if (pricing == Pricing.PER_BOOTH) {
            return priceVnd;
        }
        long areaCm2 = area().area();
        return Math.floorDiv(priceVnd * areaCm2 + 5_000, 10_000);
    }

    /** Puts the booth on hold for a reservation. */
    public void hold() {
        if (kind == BoothKind.BLOCKED || combinedInto != null || status != BoothStatus.AVAILABLE) {
            throw DomainException.conflict("BOOTH_TAKEN", number);
        }
        status = BoothStatus.ON_HOLD;
    }

    public void reserve() {
        if (status != BoothStatus.ON_HOLD) {
            throw DomainException.conflict("BOOTH_NOT_ON_HOLD", number);
        }
        status = BoothStatus.RESERVED;
    }

    public void sell() {
        if (status != BoothStatus.RESERVED) {
            throw DomainException.conflict("BOOTH_NOT_RESERVED", number);
        }
        status = BoothStatus.SOLD;
    }

    /** Lets the booth go again (a reservation rejected, cancelled or expired). */
    public void release() {
        if (status == BoothStatus.ON_HOLD || status == BoothStatus.RESERVED || status == BoothStatus.SOLD) {
            status = BoothStatus.AVAILABLE;
        }
    }

    /** Hides the booth inside {@code combined}. */
    public void mergeInto(Booth combined) {
        checkChangeable();
        if (kind == BoothKind.BLOCKED) {
            throw DomainException.invalid("numbers", "BOOTH_BLOCKED_CANNOT_COMBINE", number);
        }
        this.combinedInto = combined.id;
    }

    /** Shows the booth again after its combined booth was split. */
    public void unmerge() {
        this.combinedInto = null;
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String hallCode() { return hallCode; }
    public String number() { return number; }
    public Rect area() { return new Rect(xCm, yCm, widthCm, depthCm); }
    public BoothKind kind() { return kind; }
    public String label() { return label; }
    public Pricing pricing() { return pricing; }
    public long priceVnd() { return priceVnd; }
    public BoothStatus status() { return status; }
    public String combinedInto() { return combinedInto; }
    public boolean isCombined() { return combinedInto != null; }
    public boolean blocked() { return kind == BoothKind.BLOCKED; }
}
