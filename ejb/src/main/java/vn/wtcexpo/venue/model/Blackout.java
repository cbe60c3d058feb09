package vn.wtcexpo.venue.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Period;
import vn.wtcexpo.shared.Text;

/**
 * A period in which a hall cannot be booked (maintenance, Tết, a state event). A blackout of a part
 * also blocks every combined hall containing it, and a blackout of a combined hall blocks its parts.
 * The period is half-open: {@code [startsAt, endsAt)}.
 */
@Entity
@Table(name = "blackout")
@NamedQuery(name = "Blackout.forHalls",
        query = "select b from Blackout b where b.hall.code in :codes and b.startsAt < :to and b.endsAt > :from order by b.startsAt")
@NamedQuery(name = "Blackout.between",
        query = "select b from Blackout b where b.startsAt < :to and b.endsAt > :from order by b.startsAt")
@NamedQuery(name = "Blackout.ofHall",
        query = "select b from Blackout b where b.hall.code = :code order by b.startsAt")
public class Blackout {

    public static final int MAX_REASON_LENGTH = 200;
    public static final Duration MAX_LENGTH = Duration.ofDays(366);

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hall_code", nullable = false)
    private Hall hall;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "created_by", length = 32)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Blackout() {
    }

    public Blackout(Hall hall, Instant startsAt, Instant endsAt, String reason, String createdBy) {
        if (hall == null) {
            throw DomainException.invalid("hall", "HALL_REQUIRED");
        }
        if (startsAt == null) {
            throw DomainException.invalid("start", "PERIOD_START_REQUIRED");
        }
        if (endsAt == null) {
            throw DomainException.invalid("end", "PERIOD_END_REQUIRED");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("end", "PERIOD_END_BEFORE_START");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw DomainException.invalid("end", "BLACKOUT_TOO_LONG", MAX_LENGTH.toDays());
        }
        String r = Text.required("reason", reason, MAX_REASON_LENGTH);
        this.id = UUID.randomUUID().toString();
        this.hall = hall;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = r;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** Whether this blackout and the period {@code [from, to)} share any instant. */
    public boolean overlaps(Instant from, Instant to) {
        return new Period(startsAt, endsAt).overlaps(from, to);
    }

    public String id() { return id; }
    public Hall hall() { return hall; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String reason() { return reason; }
    public String createdBy() { return createdBy; }
}
