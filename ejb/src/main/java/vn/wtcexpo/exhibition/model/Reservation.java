package vn.wtcexpo.exhibition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Hold;

/**
 * An exhibitor's claim on a booth: on hold until its expiry, reserved once the organizer approves it
 * (a payment request is issued), sold when paid in full; or rejected, cancelled, expired.
 */
@Entity
@Table(name = "booth_reservation")
@NamedQuery(name = "Reservation.ofExhibitor",
        query = "select r from Reservation r where r.exhibitorId = :exhibitor order by r.hold.requestedAt desc")
@NamedQuery(name = "Reservation.ofEvents",
        query = "select r from Reservation r where r.eventId in :events order by r.hold.requestedAt desc")
@NamedQuery(name = "Reservation.dueIds",
        query = "select r.id from Reservation r where r.status = :status and r.hold.expiresAt <= :cutoff order by r.hold.expiresAt")
@NamedQuery(name = "Reservation.liveOfEvent",
        query = "select r from Reservation r where r.eventId = :event and r.status in :statuses")
public class Reservation {

    public static final int MAX_REASON = Hold.MAX_REASON;

    /** At most this many holds approved together (one payment request). */
    public static final int MAX_TOGETHER = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "booth_id", nullable = false, length = 36)
    private String boothId;

    @Column(name = "exhibitor_id", nullable = false, length = 36)
    private String exhibitorId;

    @Column(name = "requested_by", nullable = false, length = 32)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReservationStatus status;

    /** The option: asked when, runs until when, closed by whom and why. */
    @Embedded
    private Hold hold;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 32)
    private String decidedBy;

    /** The payment request that covers this booth now (a withdrawn one is replaced); null until approved. */
    @Column(name = "payment_request_id", length = 36)
    private String paymentRequestId;

    @Version
    private long version;

    protected Reservation() {
    }

    /** Puts {@code booth} on hold for the company: the booth and its reservation change together, here and below. */
    public Reservation(String eventId, Booth booth, String exhibitorId, String requestedBy, Instant now, Instant holdExpiresAt) {
        booth.hold(); // BOOTH_TAKEN unless available
        this.id = UUID.randomUUID().toString();
        this.eventId = eventId;
        this.boothId = booth.id();
        this.exhibitorId = exhibitorId;
        this.requestedBy = requestedBy;
        this.status = ReservationStatus.ON_HOLD;
        this.hold = Hold.asked(now, holdExpiresAt);
    }

    /** The organizer approves the hold: the booth is reserved for the company. */
    public void approve(Booth booth, String by, Instant now) {
        own(booth);
        if (status != ReservationStatus.ON_HOLD) {
            throw DomainException.conflict("RESERVATION_NOT_ON_HOLD", status.name());
        }
        booth.reserve();
        status = ReservationStatus.RESERVED;
        decidedAt = now;
        decidedBy = by;
    }

    /** The payment request that covers the booth from now on (issued at approval, or replacing a withdrawn one). */
    public void invoicedBy(String paymentRequestId) {
        if (status != ReservationStatus.RESERVED && status != ReservationStatus.SOLD) {
            throw DomainException.conflict("RESERVATION_NOT_RESERVED", status.name());
        }
        this.paymentRequestId = paymentRequestId;
    }

    /** Its payment request is paid in full: the booth is sold. */
    public void paidInFull(Booth booth) {
        own(booth);
        if (status != ReservationStatus.RESERVED) {
            throw DomainException.conflict("RESERVATION_NOT_RESERVED", status.name());
        }
        booth.sell();
        status = ReservationStatus.SOLD;
    }

    /** Declined by the organizer (only while on hold), always with a reason, which the exhibitor is shown and mailed. */
    public void reject(Booth booth, String by, String reason, Instant now) {
        own(booth);
        String why = Hold.reason(reason);
        if (why == null) {
            throw DomainException.invalid("reason", "REASON_REQUIRED");
        }
        if (status != ReservationStatus.ON_HOLD) {
            throw DomainException.conflict("RESERVATION_NOT_ON_HOLD", status.name());
        }
        close(booth, ReservationStatus.REJECTED, by, why, now);
        decidedAt = now;
        decidedBy = by;
    }

    /** Called off by its exhibitor (while on hold) or the organizer (until it is sold). */
    public void cancel(Booth booth, String by, String reason, boolean byOrganizer, Instant now) {
        own(booth);
        if (status == ReservationStatus.SOLD || !status.live()) {
            throw DomainException.conflict("RESERVATION_CANNOT_CANCEL", status.name());
        }
        if (!byOrganizer && status != ReservationStatus.ON_HOLD) {
            throw DomainException.conflict("RESERVATION_CANNOT_CANCEL", status.name());
        }
        close(booth, ReservationStatus.CANCELLED, by, Hold.reason(reason), now);
    }

    /** The hold ran out unapproved: the booth is offered again. */
    public void expire(Booth booth, Instant now) {
        own(booth);
        if (status != ReservationStatus.ON_HOLD) {
            throw DomainException.conflict("RESERVATION_NOT_ON_HOLD", status.name());
        }
        close(booth, ReservationStatus.EXPIRED, null, null, now);
    }

    /** Moves the end of the hold (the organizer gives an exhibitor more time). */
    public void holdUntil(Instant until, Instant now) {
        if (status != ReservationStatus.ON_HOLD) {
            throw DomainException.conflict("RESERVATION_NOT_ON_HOLD", status.name());
        }
        hold.extendTo(until, now);
    }

    /** Ends the reservation; its booth is available again. */
    private void close(Booth booth, ReservationStatus to, String by, String reason, Instant now) {
        booth.release();
        status = to;
        hold.close(by, reason, now);
    }

    /** The booth given is this reservation's: a booth and its reservation change together, never apart. */
    private void own(Booth booth) {
        if (!booth.id().equals(boothId)) {
            throw new IllegalArgumentException("booth " + booth.number() + " is not this reservation's");
        }
    }

    /** The ids of holds to approve together, without repeats: {@code RESERVATIONS_REQUIRED}, {@code RESERVATIONS_TOO_MANY}. */
    public static List<String> idsTogether(List<String> ids) {
        List<String> distinct = ids == null ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw DomainException.invalid("reservations", "RESERVATIONS_REQUIRED");
        }
        if (distinct.size() > MAX_TOGETHER) {
            throw DomainException.invalid("reservations", "RESERVATIONS_TOO_MANY", MAX_TOGETHER);
        }
        return distinct;
    }

    /**
     * The first of reservations approved together, which must all be one company's at one event
     * ({@code RESERVATIONS_NOT_ONE_COMPANY}): one payment request covers them.
     */
    public static Reservation ofOneCompany(List<Reservation> together) {
        Reservation first = together.get(0);
        for (Reservation r : together) {
            if (!r.eventId.equals(first.eventId) || !r.exhibitorId.equals(first.exhibitorId)) {
                throw DomainException.invalid("reservations", "RESERVATIONS_NOT_ONE_COMPANY");
            }
        }
        return first;
    }

    /** How many of {@code reservations} are holds at {@code eventId}: what the event's limit on holds per company counts. */
    public static long onHoldAt(Collection<Reservation> reservations, String eventId) {
        return reservations.stream().filter(r -> r.eventId.equals(eventId) && r.status == ReservationStatus.ON_HOLD).count();
    }

    /**
     * Where a company stands at an event, from its live reservations: sold only when every approved booth is paid
     * in full (one paid booth of three is reserved, not sold); reserved while any approved booth awaits payment;
     * on hold when nothing is approved yet. Its holds beside approved booths are counted apart ({@link #onHoldAt}).
     */
    public static ReservationStatus standingOf(Collection<Reservation> live) {
        boolean approved = false;
        for (Reservation r : live) {
            if (r.status == ReservationStatus.RESERVED) {
                return ReservationStatus.RESERVED;
            }
            approved |= r.status == ReservationStatus.SOLD;
        }
        return approved ? ReservationStatus.SOLD : ReservationStatus.ON_HOLD;
    }

    /** Whether the booth counts for the company's staff allowance: reserved or sold (a hold does not). */
    public boolean countsForStaff() {
        return status == ReservationStatus.RESERVED || status == ReservationStatus.SOLD;
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String boothId() { return boothId; }
    public String exhibitorId() { return exhibitorId; }
    public String requestedBy() { return requestedBy; }
    public ReservationStatus status() { return status; }
    public Hold hold() { return hold; }
    public Instant requestedAt() { return hold.requestedAt(); }
    public Instant holdExpiresAt() { return hold.expiresAt(); }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant closedAt() { return hold.closedAt(); }
    public String closeReason() { return hold.closeReason(); }
    public String paymentRequestId() { return paymentRequestId; }
}
