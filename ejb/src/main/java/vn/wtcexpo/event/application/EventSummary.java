package vn.wtcexpo.event.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.event.model.Event;
import vn.wtcexpo.event.model.EventStatus;

/** An event as the outside sees it. */
public record EventSummary(String id, String organizer, String nameVi, String nameEn, String descriptionVi,
                           String descriptionEn, EventStatus status, Instant start, Instant end, List<String> halls,
                           List<String> bookingIds, List<Day> days, List<BadgeTypeSummary> badgeTypes,
                           LocalDate moveInFrom, LocalDate moveOutTo, EventTerms terms, Instant publishedAt) {

    /** A show day and its opening hours, local time; {@code closes} 00:00 is midnight at the day's end. */
    public record Day(LocalDate day, LocalTime opens, LocalTime closes) {

        /** Open around the clock (00:00 to midnight): the hours do not matter, "open all day" says it. */
        public boolean allDay() {
            return LocalTime.MIDNIGHT.equals(opens) && LocalTime.MIDNIGHT.equals(closes);
        }
    }

    /** A badge the event issues and the days and halls it admits. */
    public record BadgeTypeSummary(BadgeKind kind, List<LocalDate> days, List<String> halls) {
    }

    public static EventSummary of(Event e) {
        return new EventSummary(e.id(), e.organizer(), e.nameVi(), e.nameEn(), e.descriptionVi(), e.descriptionEn(),
                e.status(), e.startsAt(), e.endsAt(), e.hallCodes(), e.bookingIds(),
                e.days().stream().map(d -> new Day(d.day(), d.opens(), d.closes())).toList(),
                e.badgeTypes().stream().map(t -> new BadgeTypeSummary(t.kind(), t.days(), t.halls())).toList(),
                e.moveInFrom(), e.moveOutTo(), new EventTerms(e.boothTerms().holdDays(), e.boothTerms().depositPercent(), e.boothTerms().sqmPerStaff(), e.boothTerms().maxHoldsPerCompany()),
                e.publishedAt());
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String description(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
    }

    /** The halls as {@code A, B}. */
    public String hallsLabel() {
        return String.join(", ", halls);
    }

    public boolean published() {
        return status == EventStatus.PUBLISHED;
    }


    public boolean draft() {
        return status == EventStatus.DRAFT;
    }

    /** The first show day (move-in days aside): where the event's period, as every page and document shows it, begins. */
    public LocalDate firstDay() {
        return days.isEmpty() ? null : days.get(0).day();
    }

    /** The last show day, included: where the event's period ends (never the midnight after it). */
    public LocalDate lastDay() {
        return days.isEmpty() ? null : days.get(days.size() - 1).day();
    }

    public List<LocalDate> showDays() {
        return days.stream().map(Day::day).toList();
    }

    public BadgeTypeSummary badgeType(BadgeKind kind) {
        return badgeTypes.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }
}
