package vn.wtcexpo.exhibition.application;

import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;

/**
 * Rows of booths to generate: from {@code (xM, yM)}, {@code rows} rows of {@code perRow} booths of
 * {@code boothWidthM} × {@code boothDepthM}, aisles of {@code aisleM}, back to back in pairs or not,
 * numbered by {@code scheme} with {@code prefix} (and {@code start} for a plain sequence), all at one price.
 */
public record RowsDraft(String hall, double xM, double yM, double boothWidthM, double boothDepthM, int rows, int perRow,
                        double aisleM, boolean backToBack, FloorPlan.Numbering.Scheme scheme, String prefix, int start,
                        Pricing pricing, long priceVnd) {
}
