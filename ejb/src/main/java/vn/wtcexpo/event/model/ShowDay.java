package vn.wtcexpo.event.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;

/** One show day of an event and its opening hours, local time in Vietnam. */
@Embeddable
public class ShowDay {

    @Column(name = "show_day", nullable = false)
    private LocalDate day;

    @Column(name = "opens_min", nullable = false)
    private int opensMin;

    @Column(name = "closes_min", nullable = false)
    private int closesMin;

    protected ShowDay() {
    }

    public ShowDay(LocalDate day, LocalTime opens, LocalTime closes) {
        if (day == null) {
            throw DomainException.invalid("day", "VALUE_REQUIRED");
        }
        if (opens == null || closes == null) {
            throw DomainException.invalid("opens", "EVENT_HOURS_REQUIRED");
        }
        int o = opens.getHour() * 60 + opens.getMinute();
        int c = closes.equals(LocalTime.MIDNIGHT) ? 1440 : closes.getHour() * 60 + closes.getMinute();
        if (c <= o) {
            throw DomainException.invalid("closes", "EVENT_CLOSES_BEFORE_OPENING");
        }
        this.day = day;
        this.opensMin = o;
        this.closesMin = c;
    }

    public LocalDate day() { return day; }
    public LocalTime opens() { return LocalTime.of(opensMin / 60, opensMin % 60); }
    /** The closing time; 24:00 shows as 00:00. */
    public LocalTime closes() { return closesMin == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(closesMin / 60, closesMin % 60); }
    /** When the day opens, as a moment (its local time in Vietnam). */
    public Instant opensAt() { return day.atStartOfDay(Formats.VIETNAM).plusMinutes(opensMin).toInstant(); }
    /** When the day closes, as a moment: 24:00 is the next day's start. */
    public Instant closesAt() { return day.atStartOfDay(Formats.VIETNAM).plusMinutes(closesMin).toInstant(); }
    public int opensMinute() { return opensMin; }
    public int closesMinute() { return closesMin; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShowDay d && java.util.Objects.equals(day, d.day) && opensMin == d.opensMin && closesMin == d.closesMin;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(day, opensMin, closesMin);
    }
}
