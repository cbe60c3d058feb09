package vn.wtcexpo.rest.booking;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.booking.application.Availability;
import vn.wtcexpo.booking.model.Quote;
import vn.wtcexpo.rest.ApiTime;

/** What a booking request would meet: availability, the rank a hold would get, and the detailed quote. */
@JsonbPropertyOrder({"hall", "start", "end", "available", "conflicts", "rankIfRequested", "holdDays", "quote"})
public record AvailabilityJson(String hall, OffsetDateTime start, OffsetDateTime end, boolean available,
                               List<ConflictJson> conflicts, int rankIfRequested, int holdDays, QuoteDetailJson quote) {

    public record ConflictJson(String kind, String hall, OffsetDateTime start, OffsetDateTime end, String reason) {
    }

    @JsonbPropertyOrder({"netVnd", "vatVnd", "grossVnd", "lines", "vat"})
    public record QuoteDetailJson(long netVnd, long vatVnd, long grossVnd, List<LineJson> lines, List<VatJson> vat) {
    }

    public record LineJson(String phase, int days, long unitVnd, long amountVnd) {
    }

    public record VatJson(double ratePercent, long baseVnd, long vatVnd) {
    }

    static AvailabilityJson of(Availability a) {
        Quote q = a.quote();
        return new AvailabilityJson(a.hall(), ApiTime.out(a.period().start()), ApiTime.out(a.period().end()),
                a.available(),
                a.conflicts().stream().map(c -> new ConflictJson(c.kind(), c.hall(), ApiTime.out(c.start()),
                        ApiTime.out(c.end()), c.reason())).toList(),
                a.rankIfRequested(), a.holdDays(),
                new QuoteDetailJson(q.netVnd(), q.vatVnd(), q.grossVnd(),
                        q.lines().stream().map(l -> new LineJson(l.phase().name(), l.days(), l.unitVnd(), l.amountVnd())).toList(),
                        q.vat().stream().map(v -> new VatJson(v.rateBp() / 100.0, v.baseVnd(), v.vatVnd())).toList()));
    }
}
