package vn.wtcexpo.venue.application;

import java.util.List;

/**
 * A hall's outline for floor plans, in metres: its width and depth and the fixed features booths cannot
 * cover. {@code features} null keeps the ones recorded.
 */
public record HallOutline(Double widthM, Double depthM, List<Feature> features) {

    /** A pillar, fire exit, door or technical area at {@code (xM, yM)} from the hall's top-left corner. */
    public record Feature(String kind, Double xM, Double yM, Double widthM, Double depthM, String label) {
    }
}
