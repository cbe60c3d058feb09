package vn.wtcexpo.venue.application;

import java.time.Instant;
import java.util.List;

/**
 * What other contexts have that depends on a hall's floor space as it is now (live holds, confirmed
 * bookings that have not ended). The venue asks it, under the halls' locks, before it changes what
 * floor space a hall covers or retires it; the booking context answers. An implementation reads in
 * the caller's transaction and changes nothing.
 */
public interface HallUsage {

    /** Live uses of exactly the hall {@code hallCode} (not of the halls it shares space with) at {@code now}. */
    List<HallUse> liveUsesOf(String hallCode, Instant now);

    /** One thing that keeps a hall's shape: what it is, its id, a label for people, and its period. */
    record HallUse(String kind, String id, String label, Instant start, Instant end) {
    }
}
