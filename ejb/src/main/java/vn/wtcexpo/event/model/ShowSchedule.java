package vn.wtcexpo.event.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;

/**
 * When an event is open: its show days, each with its opening hours (local time), and the moments it opens first
 * and closes last. A day that closes at midnight ends at the next day's start.
 */
public record ShowSchedule(List<ShowDay> days, Instant start, Instant end) {

    public ShowSchedule {
        days = List.copyOf(days);
    }

    /**
     * The show days from {@code start}'s day to {@code end}'s day, each open from {@code start}'s time to
     * {@code end}'s time (local time); every one of them must be one of {@code bookedDays}.
     *
     * @throws DomainException {@code PERIOD_START_REQUIRED}, {@code PERIOD_END_REQUIRED},
     *                         {@code PERIOD_END_BEFORE_START}, {@code EVENT_CLOSES_BEFORE_OPENING},
     *                         {@code EVENT_OUTSIDE_BOOKINGS}
     */
    public static ShowSchedule of(Instant start, Instant end, Set<LocalDate> bookedDays) {
        if (start == null) {
            throw DomainException.invalid("start", "PERIOD_START_REQUIRED");
        }
        if (end == null) {
            throw DomainException.invalid("end", "PERIOD_END_REQUIRED");
        }
        if (!end.isAfter(start)) {
            throw DomainException.invalid("end", "PERIOD_END_BEFORE_START");
        }
        LocalDate first = start.atZone(Formats.VIETNAM).toLocalDate();
        LocalDate last = end.atZone(Formats.VIETNAM).toLocalDate();
        LocalTime opens = start.atZone(Formats.VIETNAM).toLocalTime();
        LocalTime closes = end.atZone(Formats.VIETNAM).toLocalTime();
        if (closes.equals(LocalTime.MIDNIGHT) && last.isAfter(first)) {
            last = last.minusDays(1);
        }
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw DomainException.invalid("end", "EVENT_CLOSES_BEFORE_OPENING");
        }
        List<ShowDay> list = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (!bookedDays.contains(d)) {
                throw DomainException.invalid("start", "EVENT_OUTSIDE_BOOKINGS", d.toString());
            }
            list.add(new ShowDay(d, opens, closes));
        }
        return new ShowSchedule(list, start, end);
    }

    /**
     * This schedule, when every show day's opening hours lie within {@code [from, until)}, the time every booking of
     * the event holds its hall for the show: a booking from 08:00 to 18:00 leaves the hall to another booking
     * before and after, and a show day booked is not booked around the clock.
     *
     * @throws DomainException {@code EVENT_HOURS_OUTSIDE_BOOKINGS} (on {@code startField} for a day opening too
     *                         early, on {@code endField} for one closing too late) with the day and the booked time
     */
    public ShowSchedule within(Instant from, Instant until, String startField, String endField) {
        // the days run without a gap from the first opening to the last closing, and so does the booked time:
        // the first and the last day decide
        boolean early = start.isBefore(from);
        if (early || end.isAfter(until)) {
            ShowDay d = early ? days.get(0) : days.get(days.size() - 1);
            throw DomainException.invalid(early ? startField : endField, "EVENT_HOURS_OUTSIDE_BOOKINGS",
                    d.day().toString(), local(from), local(until));
        }
        return this;
    }

    private static String local(Instant moment) {
        return moment.atZone(Formats.VIETNAM).toLocalDateTime().toString().replace('T', ' ');
    }

    /** The same schedule with one show day's opening hours changed ({@code EVENT_DAY_UNKNOWN} for another day). */
    public ShowSchedule withHours(LocalDate day, LocalTime opens, LocalTime closes) {
        ShowDay changed = new ShowDay(day, opens, closes);
        List<ShowDay> list = new ArrayList<>(days);
        int i = 0;
        while (i < list.size() && !list.get(i).day().equals(day)) {
            i++;
        }
        if (i == list.size()) {
            throw DomainException.invalid("day", "EVENT_DAY_UNKNOWN", String.valueOf(day));
        }
        list.set(i, changed);
        ShowDay firstDay = list.get(0);
        ShowDay lastDay = list.get(list.size() - 1);
        return new ShowSchedule(list, firstDay.opensAt(), lastDay.closesAt());
    }
}
