package vn.wtcexpo.venue.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.shared.Text;

/** Something fixed on a hall's floor that no booth may cover: a pillar, a fire exit, a door. */
@Embeddable
public class HallFeature {

    public enum Kind { PILLAR, FIRE_EXIT, DOOR, TECHNICAL }

    public static final int MAX_LABEL = 60;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "x_cm", nullable = false)
    private int xCm;
    @Column(name = "y_cm", nullable = false)
    private int yCm;
    @Column(name = "width_cm", nullable = false)
    private int widthCm;
    @Column(name = "depth_cm", nullable = false)
    private int depthCm;

    @Column(length = MAX_LABEL)
    private String label;

    protected HallFeature() {
    }

    public HallFeature(Kind kind, Rect area, String label) {
        if (kind == null) {
            throw DomainException.invalid("kind", "VALUE_REQUIRED");
        }
        if (area == null) {
            throw DomainException.invalid("widthM", "VALUE_REQUIRED");
        }
        this.kind = kind;
        this.xCm = area.x();
        this.yCm = area.y();
        this.widthCm = area.width();
        this.depthCm = area.depth();
        this.label = Text.optional("label", label, MAX_LABEL);
    }

    /**
     * The features of a floor, each within it ({@code HALL_FEATURE_OUTSIDE}, naming it) and no more than {@code max}
     * ({@code HALL_TOO_MANY_FEATURES}); none for null.
     */
    public static List<HallFeature> within(Rect floor, List<HallFeature> features, int max) {
        List<HallFeature> list = features == null ? List.of() : features;
        if (list.size() > max) {
            throw DomainException.invalid("features", "HALL_TOO_MANY_FEATURES", max);
        }
        for (HallFeature f : list) {
            if (!floor.contains(f.area())) {
                throw DomainException.invalid("features", "HALL_FEATURE_OUTSIDE", f.label() == null ? f.kind.name() : f.label());
            }
        }
        return list;
    }

    public Kind kind() { return kind; }
    public Rect area() { return new Rect(xCm, yCm, widthCm, depthCm); }
    public String label() { return label; }
}
