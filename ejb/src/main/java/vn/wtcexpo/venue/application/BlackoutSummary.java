package vn.wtcexpo.venue.application;

import java.time.Instant;
import vn.wtcexpo.venue.model.Blackout;

/** A blackout period as the outside sees it. */
public record BlackoutSummary(String id, String hall, Instant start, Instant end, String reason) {

    public static BlackoutSummary of(Blackout b) {
        return new BlackoutSummary(b.id(), b.hall().code(), b.startsAt(), b.endsAt(), b.reason());
    }
}
