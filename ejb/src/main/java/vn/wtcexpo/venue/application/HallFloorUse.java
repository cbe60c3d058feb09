package vn.wtcexpo.venue.application;

import java.util.List;
import vn.wtcexpo.shared.Rect;

/**
 * What other contexts have drawn on a hall's floor (booths of event floor plans). Asked before a hall's
 * outline changes: a new outline may not cut through a booth, and a new pillar may not stand in one.
 * Reads in the caller's transaction and changes nothing.
 */
public interface HallFloorUse {

    /** Labels of the things on {@code hallCode} that would lie outside {@code floor} or over one of {@code fixed}. */
    List<String> displacedBy(String hallCode, Rect floor, List<Rect> fixed);
}
