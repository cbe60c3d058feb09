package vn.wtcexpo.rest.venue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.venue.application.BlackoutSummary;

/** A blackout on the API: the hall cannot be booked in {@code [start, end)}. */
@JsonbPropertyOrder({"id", "hall", "start", "end", "reason"})
public record BlackoutJson(String id, String hall, OffsetDateTime start, OffsetDateTime end, String reason) {

    static BlackoutJson of(BlackoutSummary b) {
        return new BlackoutJson(b.id(), b.hall(), ApiTime.out(b.start()), ApiTime.out(b.end()), b.reason());
    }
}
