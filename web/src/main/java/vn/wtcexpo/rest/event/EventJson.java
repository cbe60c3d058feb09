package vn.wtcexpo.rest.event;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.rest.Bilingual;
import vn.wtcexpo.shared.Formats;

/** An event on the API (shared/API.md, "Events, floor plans, exhibitors, booths"). */
@JsonbPropertyOrder({"id", "name", "description", "start", "end", "halls", "status", "bookingIds", "days", "badgeTypes",
        "terms", "organizer", "publishedAt"})
public record EventJson(String id, Bilingual name, Bilingual description, OffsetDateTime start, OffsetDateTime end,
                        List<String> halls, String status, List<String> bookingIds, List<DayJson> days,
                        List<BadgeTypeJson> badgeTypes, TermsJson terms, String organizer, OffsetDateTime publishedAt) {

    /** A show day with its opening hours, local time ({@code "08:30"}). */
    @JsonbPropertyOrder({"day", "opens", "closes"})
    public record DayJson(LocalDate day, String opens, String closes) {
    }

    /** A badge the event issues: the days and halls it admits. */
    @JsonbPropertyOrder({"type", "days", "halls"})
    public record BadgeTypeJson(String type, List<LocalDate> days, List<String> halls) {
    }

    /** The terms booths are sold on. */
    @JsonbPropertyOrder({"boothHoldDays", "depositPercent", "sqmPerStaff"})
    public record TermsJson(Integer boothHoldDays, Integer depositPercent, Integer sqmPerStaff, Integer maxHoldsPerCompany) {
    }

    static EventJson of(EventSummary e) {
        return new EventJson(e.id(), new Bilingual(e.nameVi(), e.nameEn()),
                e.descriptionVi() == null && e.descriptionEn() == null ? null : new Bilingual(e.descriptionVi(), e.descriptionEn()),
                ApiTime.out(e.start()), ApiTime.out(e.end()), e.halls(), e.status().name(), e.bookingIds(),
                e.days().stream().map(d -> new DayJson(d.day(), Formats.time(d.opens()),
                        Formats.closing(d.closes()))).toList(),
                e.badgeTypes().stream().map(t -> new BadgeTypeJson(t.kind().name(), t.days(), t.halls())).toList(),
                new TermsJson(e.terms().boothHoldDays(), e.terms().depositPercent(), e.terms().sqmPerStaff(),
                        e.terms().maxHoldsPerCompany()),
                e.organizer(), ApiTime.out(e.publishedAt()));
    }

    /** What anyone sees of a published event in the list: no organizer, no booking ids. */
    static EventJson brief(EventSummary e) {
        EventJson full = of(e);
        return new EventJson(full.id, full.name, full.description, full.start, full.end, full.halls, full.status, null,
                full.days, null, null, null, full.publishedAt);
    }
}
