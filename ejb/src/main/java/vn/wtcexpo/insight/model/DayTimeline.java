package vn.wtcexpo.insight.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A show day cut into quarter-hours: from an hour before the doors open (staff, and the first queue) to closing.
 * Slot 0 starts an hour before opening; an arrival earlier than that counts in slot 0, a later one than closing in
 * the last slot. Local time in Vietnam; a day open until midnight closes at 24:00.
 */
public record DayTimeline(LocalDate day, LocalTime opens, LocalTime closes, ZoneId zone) {

    public static final int SLOT_MINUTES = 15;
    /** Slots before opening: an hour. */
    public static final int LEAD_SLOTS = 4;

    public DayTimeline {
        if (!LocalTime.MIDNIGHT.equals(closes) && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes before it opens: " + opens + "–" + closes);
        }
    }

    /** Weekday or weekend: the two kinds of day whose crowds differ most at a trade fair. */
    public enum Kind {
        WEEKDAY, WEEKEND;

        public static Kind of(LocalDate day) {
            DayOfWeek d = day.getDayOfWeek();
            return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? WEEKEND : WEEKDAY;
        }
    }

    public Kind kind() {
        return Kind.of(day);
    }

    /** Minutes the doors are open. */
    public int openMinutes() {
        int close = LocalTime.MIDNIGHT.equals(closes) ? 24 * 60 : closes.toSecondOfDay() / 60;
        return close - opens.toSecondOfDay() / 60;
    }

    /** The number of quarter-hours: the lead hour and the opening hours, a part quarter counted whole. */
    public int slots() {
        return LEAD_SLOTS + (openMinutes() + SLOT_MINUTES - 1) / SLOT_MINUTES;
    }

    /** When the venue's fairs open: where a day open around the clock has its crowd's morning. */
    public static final LocalTime USUAL_OPENING = LocalTime.of(9, 0);

    /** Whether the doors never close: 00:00 to midnight. */
    public boolean aroundTheClock() {
        return LocalTime.MIDNIGHT.equals(opens) && LocalTime.MIDNIGHT.equals(closes);
    }

    /**
     * How many slots after the opening the crowd's day starts: 0, but for a day open around the clock, whose crowd
     * comes as on a day opening at {@link #USUAL_OPENING}.
     */
    public int crowdOffset() {
        return aroundTheClock() ? USUAL_OPENING.toSecondOfDay() / 60 / SLOT_MINUTES : 0;
    }

    /** The slot in which the doors open. */
    public int openingSlot() {
        return LEAD_SLOTS;
    }

    public Instant opensAt() {
        return day.atTime(opens).atZone(zone).toInstant();
    }

    public Instant closesAt() {
        return opensAt().plus(openMinutes(), ChronoUnit.MINUTES);
    }

    /** When slot {@code i} starts. */
    public Instant start(int i) {
        return opensAt().plus((long) (i - LEAD_SLOTS) * SLOT_MINUTES, ChronoUnit.MINUTES);
    }

    /** The slot of a moment of this day, clamped to the first and the last. */
    public int slotOf(Instant at) {
        // whole seconds rounded down (a moment just before a slot begins is in the slot before), as the database counts
        return slotOfQuarter(Math.floorDiv(java.time.Duration.between(opensAt(), at).getSeconds(), SLOT_MINUTES * 60L));
    }

    /** The slot of the {@code quarter}-th quarter-hour since the doors open (negative before), clamped. */
    public int slotOfQuarter(long quarter) {
        long slot = quarter + LEAD_SLOTS;
        return (int) Math.max(0, Math.min(slots() - 1, slot));
    }

    /** How many slots have fully passed at {@code now}: 0 before the lead hour, {@link #slots()} after closing. */
    public int slotsPassed(Instant now) {
        if (now.isBefore(start(0))) {
            return 0;
        }
        if (!now.isBefore(closesAt())) {
            return slots();
        }
        return slotOf(now);
    }
}
