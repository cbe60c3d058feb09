package vn.wtcexpo.shared;

/**
 * An axis-aligned rectangle on a hall's floor, in whole centimetres from the hall's top-left corner
 * ({@code x} to the right, {@code y} down). Plans are drawn in metres; centimetres keep the arithmetic
 * exact (no two booths "almost" touching through rounding).
 */
public record Rect(int x, int y, int width, int depth) {

    /** The largest side anything on a plan can have: 1 km. */
    public static final int MAX_CM = 100_000;

    public Rect {
        if (width <= 0 || depth <= 0) {
            throw DomainException.invalid("widthM", "PLAN_SIZE_NOT_POSITIVE");
        }
        if (x < 0 || y < 0 || width > MAX_CM || depth > MAX_CM || x > MAX_CM || y > MAX_CM) {
            throw DomainException.invalid("xM", "PLAN_OUTSIDE_HALL");
        }
    }

    /** From metres as typed or sent (up to centimetres; more digits are refused rather than rounded away). */
    public static Rect ofMetres(double xM, double yM, double widthM, double depthM) {
        return new Rect(cm("xM", xM), cm("yM", yM), cm("widthM", widthM), cm("depthM", depthM));
    }

    /** Metres to whole centimetres; NaN, infinities and more than two decimals are refused. */
    public static int cm(String field, double metres) {
        if (!Double.isFinite(metres) || Math.abs(metres) > MAX_CM / 100.0) {
            throw DomainException.invalid(field, "PLAN_NUMBER_OUT_OF_RANGE");
        }
        double c = metres * 100;
        long rounded = Math.round(c);
        if (Math.abs(c - rounded) > 1e-6) {
            throw DomainException.invalid(field, "PLAN_NUMBER_TOO_PRECISE");
        }
        return (int) rounded;
    }

    public int right() { return x + width; }
    public int bottom() { return y + depth; }
    public long area() { return (long) width * depth; }

    /** Square metres, to two decimals. */
    public double areaSqm() {
        return Math.round(area() / 100.0) / 100.0;
    }

    /** Whether the two share floor (touching edges do not count). */
    public boolean overlaps(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Whether {@code o} lies wholly within this rectangle. */
    public boolean contains(Rect o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    /** Whether the two share a side, over a length greater than zero, without overlapping. */
    public boolean adjacentTo(Rect o) {
        if (overlaps(o)) {
            return false;
        }
        boolean sideBySide = (right() == o.x || o.right() == x) && y < o.bottom() && o.y < bottom();
        boolean aboveBelow = (bottom() == o.y || o.bottom() == y) && x < o.right() && o.x < right();
        return sideBySide || aboveBelow;
    }

    /** The smallest rectangle covering both. */
    public Rect union(Rect o) {
        int nx = Math.min(x, o.x);
        int ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    public Rect movedTo(int nx, int ny) {
        return new Rect(nx, ny, width, depth);
    }

    public double xM() { return x / 100.0; }
    public double yM() { return y / 100.0; }
    public double widthM() { return width / 100.0; }
    public double depthM() { return depth / 100.0; }
}
