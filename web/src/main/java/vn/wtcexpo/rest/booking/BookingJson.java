package vn.wtcexpo.rest.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.Quote;
import vn.wtcexpo.rest.ApiTime;

/** A hall booking on the API (shared/API.md, "Venue and hall booking"). */
@JsonbPropertyOrder({"id", "hall", "title", "start", "end", "status", "rank", "holdExpiresAt", "quote", "moveInDays",
        "moveOutDays", "phases", "organizer", "requestedAt", "confirmedAt", "overrideReason", "closedAt", "closeReason"})
public record BookingJson(String id, String hall, String title, OffsetDateTime start, OffsetDateTime end, String status,
                          Integer rank, OffsetDateTime holdExpiresAt, QuoteJson quote, int moveInDays, int moveOutDays,
                          List<PhaseJson> phases, String organizer, OffsetDateTime requestedAt,
                          OffsetDateTime confirmedAt, String overrideReason, OffsetDateTime closedAt,
                          String closeReason) {

    /** Whole VND. */
    @JsonbPropertyOrder({"netVnd", "vatVnd", "grossVnd"})
    public record QuoteJson(long netVnd, long vatVnd, long grossVnd) {
        static QuoteJson of(Quote q) {
            return new QuoteJson(q.netVnd(), q.vatVnd(), q.grossVnd());
        }
    }

    @JsonbPropertyOrder({"phase", "start", "end", "days"})
    public record PhaseJson(String phase, OffsetDateTime start, OffsetDateTime end, int days) {
        static PhaseJson of(BookingPeriod.Span s) {
            return new PhaseJson(s.phase().name(), ApiTime.out(s.start()), ApiTime.out(s.end()), s.days().size());
        }
    }

    static BookingJson of(BookingSummary b) {
        return new BookingJson(b.id(), b.hall(), b.title(), ApiTime.out(b.start()), ApiTime.out(b.end()),
                b.status().name(), b.rank(), b.tentative() ? ApiTime.out(b.holdExpiresAt()) : null,
                QuoteJson.of(b.quote()), b.moveInDays(), b.moveOutDays(),
                b.phases().stream().map(PhaseJson::of).toList(), b.organizer(), ApiTime.out(b.requestedAt()),
                ApiTime.out(b.confirmedAt()), b.overrideReason(), ApiTime.out(b.closedAt()), b.closeReason());
    }
}
