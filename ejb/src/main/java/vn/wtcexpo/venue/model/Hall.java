package vn.wtcexpo.venue.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.LocalizedText;
import vn.wtcexpo.shared.Rect;

/**
 * A bookable space of the venue: an exhibition hall, the outdoor area or a conference room.
 *
 * <p>A <em>combined</em> hall (e.g. {@code AB}) is made of two or more plain halls; booking it occupies
 * each of its parts, and each part can still be booked alone. Its area is always the sum of its parts'
 * areas and its capacity cannot exceed theirs. Halls are never deleted, only retired: bookings and
 * events keep referring to them.
 */
@Entity
@Table(name = "hall")
@NamedQuery(name = "Hall.all", query = "select distinct h from Hall h left join fetch h.parts order by h.code")
@NamedQuery(name = "Hall.active",
        query = "select distinct h from Hall h left join fetch h.parts where h.active = true order by h.code")
@NamedQuery(name = "Hall.combinedContaining",
        query = "select h from Hall h join h.parts p where p.code = :code order by h.code")
@NamedQuery(name = "Hall.partCodes",
        query = "select p.code from Hall h join h.parts p where h.code = :code order by p.code")
@NamedQuery(name = "Hall.combinedCodesContaining",
        query = "select h.code from Hall h join h.parts p where p.code = :code order by h.code")
@NamedQuery(name = "Hall.combinedOverWithParts",
        query = "select c.code, q.code from Hall c join c.parts p join c.parts q where p.code in :codes")
@NamedQuery(name = "Hall.versions", query = "select h.code, h.version from Hall h where h.code in :codes")
// Read by every booking call and by every booking it loads. Changes go through this server's cache; whoever
// relies on a hall's shape reads its version under the hall's row lock and reads it again if it moved
// (HallSchedule.lockNeighbourhood), so a copy changed elsewhere is never trusted for an invariant.
@Cacheable
public class Hall {

    @Id
    @Column(length = 10)
    private String code;

    @Embedded
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HallKind kind;

    @Column(name = "area_sqm", nullable = false)
    private int areaSqm;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "day_rate_vnd", nullable = false)
    private long dayRateVnd;

    @Column(nullable = false)
    private boolean active;

    @ManyToMany
    @JoinTable(name = "hall_part",
            joinColumns = @JoinColumn(name = "combined_code"),
            inverseJoinColumns = @JoinColumn(name = "part_code"))
    private Set<Hall> parts = new LinkedHashSet<>();

    /** The floor's outline for plans, in centimetres; empty until the venue admin gives it. */
    @Column(name = "width_cm")
    private Integer widthCm;

    @Column(name = "depth_cm")
    private Integer depthCm;

    @ElementCollection
    @CollectionTable(name = "hall_feature", joinColumns = @JoinColumn(name = "hall_code"))
    @OrderColumn(name = "position")
    private List<HallFeature> features = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Hall() {
    }

    private Hall(String code) {
        this.code = HallLimits.checkCode(code);
        this.active = true;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** A plain hall, room or area. */
    public static Hall plain(String code, LocalizedText name, HallKind kind, int areaSqm, int capacity, long dayRateVnd) {
        Hall hall = new Hall(code);
        hall.describe(name, kind, areaSqm, capacity, dayRateVnd);
        return hall;
    }

    /** A combined hall made of {@code parts}; its area is the sum of theirs. */
    public static Hall combined(String code, LocalizedText name, Collection<Hall> parts, int capacity, long dayRateVnd) {
        Hall hall = new Hall(code);
        hall.recombine(name, parts, capacity, dayRateVnd);
        return hall;
    }

    /** Changes what a plain hall is. */
    public void describe(LocalizedText name, HallKind kind, int areaSqm, int capacity, long dayRateVnd) {
        HallLimits.checkName(name);
        if (kind == null) {
            throw DomainException.invalid("kind", "HALL_KIND_REQUIRED");
        }
        HallLimits.checkArea(areaSqm);
        HallLimits.checkCapacity(capacity, areaSqm);
        HallLimits.checkRate(dayRateVnd);
        this.name = name;
        this.kind = kind;
        this.areaSqm = areaSqm;
        this.capacity = capacity;
        this.dayRateVnd = dayRateVnd;
        this.parts.clear();
        touch();
    }

    /** Changes what a combined hall is made of, and its name, capacity and rate. */
    public void recombine(LocalizedText name, Collection<Hall> newParts, int capacity, long dayRateVnd) {
        HallLimits.checkName(name);
        Set<Hall> unique = new LinkedHashSet<>(newParts == null ? List.of() : newParts);
        if (unique.size() < 2) {
            throw DomainException.invalid("parts", "HALL_COMBINED_NEEDS_TWO_PARTS");
        }
        HallKind partKind = null;
        int area = 0;
        long partCapacity = 0;
        for (Hall part : unique) {
            if (part.code.equals(code)) {
                throw DomainException.invalid("parts", "HALL_PART_IS_ITSELF", code);
            }
            if (part.isCombined()) {
                throw DomainException.invalid("parts", "HALL_PART_IS_COMBINED", part.code);
            }
            if (!part.active) {
                throw DomainException.invalid("parts", "HALL_PART_RETIRED", part.code);
            }
            if (partKind != null && partKind != part.kind) {
                throw DomainException.invalid("parts", "HALL_PARTS_DIFFERENT_KINDS");
            }
            partKind = part.kind;
            area += part.areaSqm;
            partCapacity += part.capacity;
        }
        if (capacity > partCapacity) {
            throw DomainException.invalid("capacity", "HALL_CAPACITY_ABOVE_PARTS", partCapacity);
        }
        HallLimits.checkArea(area);
        HallLimits.checkCapacity(capacity, area);
        HallLimits.checkRate(dayRateVnd);
        this.name = name;
        this.kind = partKind;
        this.areaSqm = area;
        this.capacity = capacity;
        this.dayRateVnd = dayRateVnd;
        this.parts.clear();
        this.parts.addAll(unique);
        touch();
    }

    /**
     * Takes the hall out of the catalogue: it can no longer be booked.
     *
     * @param combinedContainingIt the combined halls that include this hall
     */
    public void retire(Collection<Hall> combinedContainingIt) {
        for (Hall combined : combinedContainingIt) {
            if (combined.active) {
                throw DomainException.conflict("HALL_PART_OF_ACTIVE_COMBINED", code, combined.code);
            }
        }
        this.active = false;
        touch();
    }

    /** Puts a retired hall back into the catalogue. */
    public void reactivate() {
        for (Hall part : parts) {
            if (!part.active) {
                throw DomainException.conflict("HALL_PART_RETIRED", part.code);
            }
        }
        this.active = true;
        touch();
    }

    /**
     * Gives the hall its outline for floor plans: a rectangle of {@code widthCm} by {@code depthCm} and the
     * fixed features booths cannot cover, each within the outline.
     */
    public void outline(int widthCm, int depthCm, List<HallFeature> newFeatures) {
        List<HallFeature> list = HallFeature.within(new Rect(0, 0, widthCm, depthCm), newFeatures, HallLimits.MAX_FEATURES);
        this.widthCm = widthCm;
        this.depthCm = depthCm;
        this.features.clear();
        this.features.addAll(list);
        touch();
    }

    /** The floor as a rectangle, or null while the hall has no outline. */
    public Rect floor() {
        return widthCm == null || depthCm == null ? null : new Rect(0, 0, widthCm, depthCm);
    }

    public List<HallFeature> features() {
        return List.copyOf(features);
    }

    /** The codes of the plain halls this hall physically occupies: its parts, or itself. */
    public Set<String> footprint() {
        Set<String> codes = new LinkedHashSet<>();
        if (isCombined()) {
            parts.forEach(p -> codes.add(p.code));
        } else {
            codes.add(code);
        }
        return codes;
    }

    /** Whether this hall and {@code other} share floor space (the same hall, or a part in common). */
    public boolean sharesSpaceWith(Hall other) {
        Set<String> mine = footprint();
        return other.footprint().stream().anyMatch(mine::contains);
    }

    public boolean isCombined() {
        return !parts.isEmpty();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public String code() { return code; }
    public LocalizedText name() { return name; }
    public HallKind kind() { return kind; }
    public int areaSqm() { return areaSqm; }
    public int capacity() { return capacity; }
    public long dayRateVnd() { return dayRateVnd; }
    public boolean isActive() { return active; }
    public Instant updatedAt() { return updatedAt; }
    /** Changes with every change of the hall, its shape included. */
    public long version() { return version; }

    /** The codes of the parts, sorted; empty for a plain hall. */
    public List<String> partCodes() {
        return parts.stream().map(Hall::code).sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hall h && code != null && code.equals(h.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return "Hall " + code;
    }
}
