package vn.wtcexpo.exhibition.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/**
 * One hall's part of an event's floor plan: the hall's floor, its fixed features and the booths on it.
 * Pure geometry: it says whether a booth may lie somewhere, lays out rows of booths, and checks that
 * booths to combine form one rectangle. Everything in centimetres.
 */
public final class FloorPlan {

    /** A fixed feature of the hall: no booth may cover it. */
    public record Fixed(Rect area, String label) {
    }

    private final String hallCode;
    private final Rect floor;
    private final List<Fixed> fixed;
    private final List<Booth> booths;

    /**
     * @param booths the booths shown on the plan in this hall (not those hidden in a combined booth)
     */
    public FloorPlan(String hallCode, Rect floor, List<Fixed> fixed, Collection<Booth> booths) {
        if (floor == null) {
            throw DomainException.conflict("HALL_HAS_NO_OUTLINE", hallCode);
        }
        this.hallCode = hallCode;
        this.floor = floor;
        this.fixed = List.copyOf(fixed);
        this.booths = new ArrayList<>(booths);
    }

    /**
     * Refuses a place for a booth: outside the hall ({@code BOOTH_OUTSIDE_HALL}, 400), over a fixed feature
     * ({@code BOOTH_OVER_FEATURE}, 400) or over another booth ({@code BOOTH_OVERLAPS}, 409).
     *
     * @param ignoring booths that do not count (the booth being moved, the booths being combined)
     */
    public void checkPlace(Rect area, Collection<Booth> ignoring) {
        String problem = problemWith(area, ignoring);
        if (problem == null) {
            return;
        }
        if (problem.startsWith("#")) {
            throw DomainException.conflict("BOOTH_OVERLAPS", problem.substring(1));
        }
        throw DomainException.invalid("xM", problem.equals("outside") ? "BOOTH_OUTSIDE_HALL" : "BOOTH_OVER_FEATURE",
                problem.equals("outside") ? hallCode : problem);
    }

    /** Null when the place is free; {@code outside}, a feature's label, or {@code #number} of a booth in the way. */
    private String problemWith(Rect area, Collection<Booth> ignoring) {
        if (!floor.contains(area)) {
            return "outside";
        }
        for (Fixed f : fixed) {
            if (f.area().overlaps(area)) {
                return f.label();
            }
        }
        for (Booth b : booths) {
            if (!ignoring.contains(b) && b.area().overlaps(area)) {
                return "#" + b.number();
            }
        }
        return null;
    }

    /** Whether a booth could lie there. */
    public boolean isFree(Rect area) {
        return problemWith(area, List.of()) == null;
    }

    /** Adds a booth whose place was checked. */
    public void add(Booth booth) {
        booths.add(booth);
    }

    /**
     * The rectangle the booths cover together, provided they are in this hall, touch one another and fill
     * that rectangle without gaps ({@code BOOTHS_NOT_ADJACENT} otherwise).
     */
    public static Rect combinedArea(List<Booth> parts) {
        if (parts.size() < 2) {
            throw DomainException.invalid("numbers", "BOOTH_COMBINE_NEEDS_TWO");
        }
        Rect union = parts.get(0).area();
        long sum = 0;
        for (Booth b : parts) {
            union = union.union(b.area());
            sum += b.area().area();
            if (!b.hallCode().equals(parts.get(0).hallCode())) {
                throw DomainException.invalid("numbers", "BOOTHS_NOT_ADJACENT");
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).area().overlaps(parts.get(j).area())) {
                    throw DomainException.invalid("numbers", "BOOTHS_NOT_ADJACENT");
                }
            }
        }
        if (sum != union.area()) {
            throw DomainException.invalid("numbers", "BOOTHS_NOT_ADJACENT");
        }
        return union;
    }

    /**
     * Lays out rows of booths from {@code (x, y)}: {@code rows} rows of {@code perRow} booths, each
     * {@code width} by {@code depth}. Rows stand back to back in pairs when {@code backToBack}, with an aisle
     * of {@code aisle} between pairs (between every row otherwise). The booths at the ends of a row are
     * corners; a row of one booth with aisles all round is an island. Places that are not free (outside,
     * over a feature or another booth) are skipped; their numbers are not used.
     */
    public static List<Slot> rows(int x, int y, int width, int depth, int rows, int perRow, int aisle, boolean backToBack,
                                  Numbering numbering) {
        if (rows < 1 || perRow < 1 || rows * perRow > MAX_GENERATED) {
            throw DomainException.invalid("rows", "PLAN_TOO_MANY_BOOTHS", MAX_GENERATED);
        }
        if (aisle < 0) {
            throw DomainException.invalid("aisleM", "PLAN_SIZE_NOT_POSITIVE");
        }
        List<Slot> slots = new ArrayList<>();
        int top = y;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < perRow; i++) {
                Rect area = new Rect(x + i * width, top, width, depth);
                BoothKind kind;
                if (perRow == 1) {
                    kind = backToBack ? BoothKind.PENINSULA : BoothKind.ISLAND;
                } else {
                    kind = i == 0 || i == perRow - 1 ? BoothKind.CORNER : BoothKind.INLINE;
                }
                slots.add(new Slot(numbering.number(r, i), area, kind));
            }
            boolean pairDone = !backToBack || r % 2 == 1;
            top += depth + (pairDone ? aisle : 0);
        }
        return slots;
    }

    public static final int MAX_GENERATED = 1000;

    /** A place for a generated booth and its number. */
    public record Slot(String number, Rect area, BoothKind kind) {
    }

    /**
     * How generated booths are numbered: {@code HUNDREDS} gives row 1 the numbers 101, 102, … and row 2
     * 201, …; {@code LETTERS} gives A1, A2, … then B1, …; {@code SEQUENCE} counts on from {@code start}.
     */
    public record Numbering(Scheme scheme, String prefix, int start, int perRow) {

        public enum Scheme { HUNDREDS, LETTERS, SEQUENCE }

        public String number(int row, int index) {
            String p = prefix == null ? "" : prefix;
            return switch (scheme) {
                case HUNDREDS -> p + ((row + 1) * 100 + index + 1);
                case LETTERS -> p + letters(row) + (index + 1);
                case SEQUENCE -> p + (start + row * perRow + index);
            };
        }

        private static String letters(int row) {
            StringBuilder s = new StringBuilder();
            int n = row;
            do {
                s.insert(0, (char) ('A' + n % 26));
                n = n / 26 - 1;
            } while (n >= 0);
            return s.toString();
        }
    }

    public String hallCode() { return hallCode; }
    public Rect floor() { return floor; }
    public List<Booth> booths() { return List.copyOf(booths); }
}
