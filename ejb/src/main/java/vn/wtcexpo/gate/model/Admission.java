package vn.wtcexpo.gate.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The rules of an entry that do not depend on who is inside, in the fixed order: not valid today, wrong hall,
 * event closed. Visitors enter during a show day's opening hours, press and VIP from an hour before; staff,
 * exhibitors and contractors on any day their badge admits.
 */
public final class Admission {

    /** Press and VIP are let in this long before the doors open to visitors. */
    public static final int EARLY_MINUTES = 60;

    private Admission() {
    }

    /** Where and when a badge admits (its type's days and halls). */
    public record Rights(BadgeKind kind, Set<LocalDate> days, Set<String> halls) {
    }

    /** The event as a gate sees it: published or not, and the opening hours of the scan's day (null if none). */
    public record Doors(boolean published, LocalTime opens, LocalTime closes) {
    }

    public static Optional<DenyReason> entry(Rights rights, String hall, Doors doors, ZonedDateTime at) {
        return entry(rights, hall, doors, at, at.toLocalDate());
    }

    /**
     * An entry scanned {@code at} (a gate that was offline says when), judged on the venue's day {@code today}: a
     * day that is over admits nobody any more, whatever the badge allowed that day ({@code NOT_VALID_TODAY}).
     */
    public static Optional<DenyReason> entry(Rights rights, String hall, Doors doors, ZonedDateTime at, LocalDate today) {
        if (at.toLocalDate().isBefore(today) || !rights.days().contains(at.toLocalDate())) {
            return Optional.of(DenyReason.NOT_VALID_TODAY);
        }
        if (!rights.halls().contains(hall)) {
            return Optional.of(DenyReason.WRONG_ZONE);
        }
        if (!doors.published() || !withinHours(rights.kind(), doors, at.toLocalTime())) {
            return Optional.of(DenyReason.EVENT_CLOSED);
        }
        return Optional.empty();
    }

    private static boolean withinHours(BadgeKind kind, Doors doors, LocalTime time) {
        if (doors.opens() == null) {
            return !kind.publicEntry();
        }
        int now = time.getHour() * 60 + time.getMinute();
        int opens = doors.opens().getHour() * 60 + doors.opens().getMinute();
        // a day that closes at midnight closes at 24:00
        int closes = doors.closes().equals(LocalTime.MIDNIGHT) ? 1440 : doors.closes().getHour() * 60 + doors.closes().getMinute();
        return switch (kind) {
            case VISITOR -> now >= opens && now < closes;
            case PRESS, VIP -> now >= opens - EARLY_MINUTES && now < closes;
            case EXHIBITOR_STAFF, ORGANIZER_STAFF, CONTRACTOR -> true;
        };
    }
}
