package vn.wtcexpo.booking.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import vn.wtcexpo.shared.DomainException;

/** The venue's booking rules: how long a hold lasts, and what move-in and move-out days cost. */
@Entity
@Table(name = "booking_policy")
@Cacheable // read by every quote and request; changed through this server, versioned
public class BookingPolicy {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "hold_days", nullable = false)
    private int holdDays;

    @Column(name = "move_day_rate_percent", nullable = false)
    private int moveDayRatePercent;

    @Version
    private long version;

    protected BookingPolicy() {
    }

    public void change(int holdDays, int moveDayRatePercent) {
        if (holdDays < 1 || holdDays > 90) {
            throw DomainException.invalid("holdDays", "POLICY_HOLD_DAYS_OUT_OF_RANGE");
        }
        if (moveDayRatePercent < 0 || moveDayRatePercent > 100) {
            throw DomainException.invalid("moveDayRatePercent", "POLICY_MOVE_RATE_OUT_OF_RANGE");
        }
        this.holdDays = holdDays;
        this.moveDayRatePercent = moveDayRatePercent;
    }

    public Duration holdLength() {
        return Duration.ofDays(holdDays);
    }

    public int holdDays() { return holdDays; }
    public int moveDayRatePercent() { return moveDayRatePercent; }
}
