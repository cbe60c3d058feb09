package vn.wtcexpo.venue.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One plain hall physically taken for a period, by a confirmed booking or by a blackout. A booking or
 * blackout of a combined hall takes each of its parts. Rows never overlap for the same hall: the
 * database refuses it on PostgreSQL (exclusion constraint), and {@link HallSchedule} locks the halls
 * before it checks.
 */
@Entity
@Table(name = "hall_occupation")
@NamedQuery(name = "HallOccupation.overlapping",
        query = "select o from HallOccupation o where o.hallCode in :codes and o.startsAt < :to and o.endsAt > :from order by o.startsAt")
@NamedQuery(name = "HallOccupation.ofBooking", query = "select o from HallOccupation o where o.bookingId = :id")
@NamedQuery(name = "HallOccupation.ofBlackout", query = "select o from HallOccupation o where o.blackoutId = :id")
public class HallOccupation {

    @Id
    @Column(length = 48)
    private String id;

    @Column(name = "hall_code", nullable = false, length = 10)
    private String hallCode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "booking_id", length = 36)
    private String bookingId;

    @Column(name = "blackout_id", length = 36)
    private String blackoutId;

    protected HallOccupation() {
    }

    private HallOccupation(String hallCode, Instant startsAt, Instant endsAt, String bookingId, String blackoutId) {
        this.id = UUID.randomUUID().toString();
        this.hallCode = hallCode;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.bookingId = bookingId;
        this.blackoutId = blackoutId;
    }

    static HallOccupation byBooking(String plainHall, String bookingId, Instant start, Instant end) {
        return new HallOccupation(plainHall, start, end, bookingId, null);
    }

    static HallOccupation byBlackout(String plainHall, String blackoutId, Instant start, Instant end) {
        return new HallOccupation(plainHall, start, end, null, blackoutId);
    }

    public boolean isBooking() {
        return bookingId != null;
    }

    public String hallCode() { return hallCode; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String bookingId() { return bookingId; }
    public String blackoutId() { return blackoutId; }
}
