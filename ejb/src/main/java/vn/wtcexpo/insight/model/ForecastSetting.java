package vn.wtcexpo.insight.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.wtcexpo.shared.DomainException;

/**
 * An organizer's setting of an event's crowd forecast: the target wait at a gate, the longest a visitor should queue,
 * which the lane plan keeps every gate's queue under (from 1 to 60 minutes; without a setting, 5).
 */
@Entity
@Table(name = "forecast_setting")
public class ForecastSetting {

    public static final int DEFAULT_WAIT_MINUTES = 5;
    public static final int MIN_WAIT_MINUTES = 1;
    public static final int MAX_WAIT_MINUTES = 60;

    @Id
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Column(name = "target_wait_minutes", nullable = false)
    private int targetWaitMinutes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ForecastSetting() {
    }

    public ForecastSetting(String eventId) {
        this.eventId = eventId;
        this.targetWaitMinutes = DEFAULT_WAIT_MINUTES;
    }

    /** Checks a target wait: 400 {@code TARGET_WAIT_OUT_OF_RANGE} unless 1 to 60 minutes. */
    public static int checkedWait(Integer minutes) {
        if (minutes == null) {
            throw DomainException.invalid("targetWaitMinutes", "VALUE_REQUIRED");
        }
        if (minutes < MIN_WAIT_MINUTES || minutes > MAX_WAIT_MINUTES) {
            throw DomainException.invalid("targetWaitMinutes", "TARGET_WAIT_OUT_OF_RANGE", MIN_WAIT_MINUTES, MAX_WAIT_MINUTES);
        }
        return minutes;
    }

    public void targetWait(Integer minutes, String by, Instant now) {
        this.targetWaitMinutes = checkedWait(minutes);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public String eventId() { return eventId; }
    public int targetWaitMinutes() { return targetWaitMinutes; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
