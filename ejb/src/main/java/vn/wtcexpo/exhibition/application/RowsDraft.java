package vn.wtcexpo.exhibition.application;

import java.util.List;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/**
 * Rows of booths to generate: from {@code (xM, yM)}, {@code rows} rows of {@code perRow} booths of
 * {@code boothWidthM} × {@code boothDepthM}, aisles of {@code aisleM}, back to back in pairs or not,
 * numbered by {@code scheme} with {@code prefix} (and {@code start} for a plain sequence), all at one price.
 */
public record RowsDraft(String hall, double xM, double yM, double boothWidthM, double boothDepthM, int rows, int perRow,
                        double aisleM, boolean backToBack, FloorPlan.Numbering.Scheme scheme, String prefix, int start,
                        Pricing pricing, long priceVnd) {

    /**
     * The booths' places and numbers, each size and offset checked: {@code VALUE_REQUIRED} without a scheme,
     * {@code BOOTH_OUTSIDE_HALL} for a start left of or above the hall, {@code TEXT_TOO_LONG} for a prefix over 10.
     */
    public List<FloorPlan.Slot> slots() {
        if (scheme == null) {
            throw DomainException.invalid("scheme", "VALUE_REQUIRED");
        }
        int width = Booth.positiveCm("boothWidthM", boothWidthM);
        int depth = Booth.positiveCm("boothDepthM", boothDepthM);
        int aisle = Rect.cm("aisleM", aisleM);
        int x = Rect.cm("xM", xM);
        int y = Rect.cm("yM", yM);
        if (x < 0 || y < 0) {
            throw DomainException.invalid("xM", "BOOTH_OUTSIDE_HALL", String.valueOf(hall));
        }
        Booth.priceOf(priceVnd, BoothKind.INLINE);
        String p = prefix == null ? "" : prefix.strip();
        if (p.length() > 10) {
            throw DomainException.invalid("prefix", "TEXT_TOO_LONG", 10);
        }
        return FloorPlan.rows(x, y, width, depth, rows, perRow, aisle, backToBack,
                new FloorPlan.Numbering(scheme, p, Math.max(0, start), perRow));
    }
}
