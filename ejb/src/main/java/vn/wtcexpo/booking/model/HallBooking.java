package vn.wtcexpo.booking.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Hold;
import vn.wtcexpo.shared.Text;
import vn.wtcexpo.venue.model.Hall;

/**
 * An organizer's booking of a hall (or combined hall) for a period with move-in, show and move-out days.
 *
 * <p>Life cycle: a request becomes a {@link BookingStatus#TENTATIVE} hold with a <em>rank</em> on its slot
 * and an option date ({@code holdExpiresAt}). The rank is the hold's place in line: 1 plus the confirmed
 * bookings and the earlier live holds that share floor space and time with it. The venue admin
 * {@linkplain #confirm confirms} rank 1 (or a lower rank with a stated reason); a confirmed booking blocks
 * the slot and its quote is frozen. A hold ends {@linkplain #cancel cancelled} by its organizer or the
 * venue, {@linkplain #reject rejected} by the venue, or {@linkplain #expire expired} at its option date;
 * then the holds behind it move up.
 */
@Entity
@Table(name = "hall_booking")
@NamedQuery(name = "HallBooking.liveSharing", query = "select b from HallBooking b where b.hall.code in :codes"
        + " and b.status in (vn.wtcexpo.booking.model.BookingStatus.TENTATIVE, vn.wtcexpo.booking.model.BookingStatus.CONFIRMED)"
        + " and b.startsAt < :to and b.endsAt > :from")
@NamedQuery(name = "HallBooking.dueHoldIds", query = "select b.id from HallBooking b"
        + " where b.status = vn.wtcexpo.booking.model.BookingStatus.TENTATIVE and b.hold.expiresAt <= :cutoff order by b.hold.expiresAt")
@NamedQuery(name = "HallBooking.confirmedSharing", query = "select b from HallBooking b where b.hall.code in :codes"
        + " and b.status = vn.wtcexpo.booking.model.BookingStatus.CONFIRMED order by b.startsAt")
public class HallBooking {

    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = Hold.MAX_REASON;

    /** Queue order: who asked first, ties broken by id. */
    public static final Comparator<HallBooking> QUEUE_ORDER =
            Comparator.comparing((HallBooking b) -> b.hold.requestedAt()).thenComparing(b -> b.id);

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hall_code", nullable = false)
    private Hall hall;

    @Column(nullable = false, length = 32)
    private String organizer;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "move_in_days", nullable = false)
    private int moveInDays;

    @Column(name = "move_out_days", nullable = false)
    private int moveOutDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BookingStatus status;

    @Column(name = "queue_rank")
    private Integer rank;

    /** The option: asked when, runs until when, closed by whom and why. */
    @Embedded
    private Hold hold;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 32)
    private String confirmedBy;

    @Column(name = "override_reason", length = MAX_REASON)
    private String overrideReason;

    @Column(name = "net_vnd", nullable = false)
    private long netVnd;

    @Column(name = "vat_vnd", nullable = false)
    private long vatVnd;

    @Column(name = "gross_vnd", nullable = false)
    private long grossVnd;

    @Version
    private long version;

    protected HallBooking() {
    }

    /**
     * A new hold. The caller has checked that the hall is active and free of confirmed bookings and
     * blackouts for the period, and computed the rank under the hall's lock.
     */
    public static HallBooking hold(Hall hall, String organizer, String title, BookingPeriod period, Quote quote,
                                   Instant now, Instant holdExpiresAt, int rank) {
        String t = Text.required("title", title, MAX_TITLE);
        HallBooking b = new HallBooking();
        b.id = UUID.randomUUID().toString();
        b.hall = hall;
        b.organizer = organizer;
        b.title = t;
        b.startsAt = period.start();
        b.endsAt = period.end();
        b.moveInDays = period.moveInDays();
        b.moveOutDays = period.moveOutDays();
        b.status = BookingStatus.TENTATIVE;
        b.rank = rank;
        b.hold = Hold.asked(now, holdExpiresAt);
        b.price(quote);
        return b;
    }

    /** Refuses a title that could not be stored; the service asks before it looks at availability. */
    public static String checkTitle(String title) {
        return Text.required("title", title, MAX_TITLE);
    }

    /** Refuses a reason that could not be stored. */
    public static String checkReason(String reason) {
        return Hold.reason(reason);
    }

    /** Whether this is a hold still waiting for confirmation at {@code now}. */
    public boolean isLiveHoldAt(Instant now) {
        return status == BookingStatus.TENTATIVE && hold.runsAt(now);
    }

    /** Whether this booking and {@code other} want the same floor space at the same time. */
    public boolean competesWith(HallBooking other) {
        return !id.equals(other.id) && period().overlaps(other.period()) && hall.sharesSpaceWith(other.hall);
    }

    /**
     * This hold's place in line among {@code others}: 1 plus the confirmed bookings and the earlier
     * tentative holds that compete with it.
     */
    public int rankAmong(Collection<HallBooking> others) {
        int ahead = 0;
        for (HallBooking o : others) {
            if (!competesWith(o)) {
                continue;
            }
            if (o.status == BookingStatus.CONFIRMED
                    || (o.status == BookingStatus.TENTATIVE && QUEUE_ORDER.compare(o, this) < 0)) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /** Sets a new rank; returns whether it moved up. */
    public boolean rerank(int newRank) {
        requireTentative();
        boolean up = newRank < rank;
        rank = newRank;
        return up;
    }

    /** Refuses a confirmation of a booking that is no longer a live hold at {@code now}. */
    public void checkConfirmable(Instant now) {
        if (status == BookingStatus.EXPIRED || (status == BookingStatus.TENTATIVE && !isLiveHoldAt(now))) {
            throw DomainException.conflict("HOLD_EXPIRED", id);
        }
        requireTentative();
    }

    /**
     * Confirms the booking and freezes its quote. The caller has re-ranked it under the halls' locks: a
     * hold behind others is confirmed only with {@code override} and a stated reason.
     */
    public void confirm(String by, Instant now, Quote frozen, boolean override, String reason) {
        String r = checkReason(reason);
        checkConfirmable(now);
        if (rank > 1) {
            if (!override) {
                throw DomainException.conflict("NOT_FIRST_IN_LINE", rank);
            }
            if (r == null) {
                throw DomainException.invalid("reason", "OVERRIDE_REASON_REQUIRED");
            }
            this.overrideReason = r;
        }
        status = BookingStatus.CONFIRMED;
        rank = null;
        confirmedAt = now;
        confirmedBy = by;
        price(frozen);
    }

    /** The organizer or the venue calls it off; a confirmed booking frees its slot. */
    public void cancel(String by, String reason, Instant now) {
        String r = checkReason(reason);
        if (status != BookingStatus.TENTATIVE && status != BookingStatus.CONFIRMED) {
            throw DomainException.conflict("BOOKING_ALREADY_CLOSED", status.name());
        }
        close(BookingStatus.CANCELLED, by, now, r);
    }

    /** The venue turns a hold down. */
    public void reject(String by, String reason, Instant now) {
        String r = Text.requiredLines("reason", reason, MAX_REASON);
        requireTentative();
        close(BookingStatus.REJECTED, by, now, r);
    }

    /** The option date passed without confirmation. */
    public void expire(Instant now) {
        requireTentative();
        close(BookingStatus.EXPIRED, null, now, null);
    }

    private void close(BookingStatus to, String by, Instant now, String reason) {
        status = to;
        rank = null;
        hold.close(by, reason, now);
    }

    private void requireTentative() {
        if (status != BookingStatus.TENTATIVE) {
            throw DomainException.conflict("BOOKING_NOT_TENTATIVE", status.name());
        }
    }

    private void price(Quote quote) {
        this.netVnd = quote.netVnd();
        this.vatVnd = quote.vatVnd();
        this.grossVnd = quote.grossVnd();
    }

    public BookingPeriod period() {
        return new BookingPeriod(startsAt, endsAt, moveInDays, moveOutDays);
    }

    public boolean isOwnedBy(String username) {
        return organizer.equals(username);
    }

    public String id() { return id; }
    public Hall hall() { return hall; }
    public String organizer() { return organizer; }
    public String title() { return title; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public BookingStatus status() { return status; }
    public Integer rank() { return rank; }
    public Hold hold() { return hold; }
    public Instant requestedAt() { return hold.requestedAt(); }
    public Instant holdExpiresAt() { return hold.expiresAt(); }
    public Instant confirmedAt() { return confirmedAt; }
    public String confirmedBy() { return confirmedBy; }
    public String overrideReason() { return overrideReason; }
    public Instant closedAt() { return hold.closedAt(); }
    public String closeReason() { return hold.closeReason(); }
    public Quote quote() { return Quote.frozen(netVnd, vatVnd); }
}
