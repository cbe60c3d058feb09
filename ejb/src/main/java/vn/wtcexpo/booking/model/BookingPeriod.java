package vn.wtcexpo.booking.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Period;

/**
 * The time a booking occupies its hall, half-open {@code [start, end)}, split into move-in days, show
 * days and move-out days. Days are calendar days in Vietnam (Asia/Ho_Chi_Minh): a period from 08:00 on
 * 10 August to 18:00 on 13 August touches four days.
 */
public record BookingPeriod(Instant start, Instant end, int moveInDays, int moveOutDays) {

    public static final ZoneId VIETNAM = Formats.VIETNAM;
    public static final int MAX_DAYS = 90;

    /** One phase of the period, with its days. */
    public record Span(Phase phase, Instant start, Instant end, List<LocalDate> days) {
    }

    public BookingPeriod {
        if (start == null) {
            throw DomainException.invalid("start", "PERIOD_START_REQUIRED");
        }
        if (end == null) {
            throw DomainException.invalid("end", "PERIOD_END_REQUIRED");
        }
        if (!end.isAfter(start)) {
            throw DomainException.invalid("end", "PERIOD_END_BEFORE_START");
        }
        if (Duration.between(start, end).toDays() >= MAX_DAYS) {
            throw DomainException.invalid("end", "BOOKING_TOO_LONG", MAX_DAYS);
        }
        if (moveInDays < 0) {
            throw DomainException.invalid("moveInDays", "BOOKING_MOVE_DAYS_NEGATIVE");
        }
        if (moveOutDays < 0) {
            throw DomainException.invalid("moveOutDays", "BOOKING_MOVE_DAYS_NEGATIVE");
        }
        int days = countDays(start, end);
        if (moveInDays + moveOutDays >= days) {
            throw DomainException.invalid("moveInDays", "BOOKING_NEEDS_A_SHOW_DAY", days);
        }
    }

    /** Refuses a period that starts before {@code now}. */
    public void checkNotPast(Instant now) {
        if (start.isBefore(now)) {
            throw DomainException.invalid("start", "PERIOD_IN_PAST");
        }
    }

    public boolean overlaps(BookingPeriod other) {
        return asPeriod().overlaps(other.asPeriod());
    }

    /** The whole stay, move days included, as a plain period. */
    public Period asPeriod() {
        return new Period(start, end);
    }

    /** The calendar days in Vietnam that the period touches, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate first = start.atZone(VIETNAM).toLocalDate();
        LocalDate last = end.minusNanos(1).atZone(VIETNAM).toLocalDate();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static int countDays(Instant start, Instant end) {
        LocalDate first = start.atZone(VIETNAM).toLocalDate();
        LocalDate last = end.minusNanos(1).atZone(VIETNAM).toLocalDate();
        return (int) (last.toEpochDay() - first.toEpochDay()) + 1;
    }

    /** Move-in, show and move-out, each with its days; phases without days are left out. */
    public List<Span> phases() {
        List<LocalDate> days = days();
        List<Span> spans = new ArrayList<>();
        int showFrom = moveInDays;
        int showTo = days.size() - moveOutDays;
        if (moveInDays > 0) {
            spans.add(new Span(Phase.MOVE_IN, start, midnight(days.get(showFrom)), days.subList(0, showFrom)));
        }
        Instant showStart = moveInDays > 0 ? midnight(days.get(showFrom)) : start;
        Instant showEnd = moveOutDays > 0 ? midnight(days.get(showTo)) : end;
        spans.add(new Span(Phase.SHOW, showStart, showEnd, days.subList(showFrom, showTo)));
        if (moveOutDays > 0) {
            spans.add(new Span(Phase.MOVE_OUT, showEnd, end, days.subList(showTo, days.size())));
        }
        return spans;
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toInstant();
    }
}
