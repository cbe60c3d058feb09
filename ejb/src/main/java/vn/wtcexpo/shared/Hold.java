package vn.wtcexpo.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The life of a hold, shared by a hall held for an organizer and a booth held for a company: asked at a moment, an
 * option that runs until its expiry (which may be moved), and, when it ends without being taken up, a closure by
 * someone (or by the clock) with a reason. What taking a hold up means (a hall confirmed, a booth approved and sold)
 * is each holder's own; whether the hold is still open is read from the holder's status, which this value does not
 * keep.
 *
 * <p>Both tables name the columns alike ({@code requested_at}, {@code hold_expires_at}, {@code closed_at},
 * {@code closed_by}, {@code close_reason}).
 */
@Embeddable
public class Hold {

    /** The longest reason a closure keeps. */
    public static final int MAX_REASON = 500;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "hold_expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 32)
    private String closedBy;

    @Column(name = "close_reason", length = MAX_REASON)
    private String closeReason;

    protected Hold() {
    }

    private Hold(Instant requestedAt, Instant expiresAt) {
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    /** A hold asked for at {@code requestedAt} whose option runs until {@code expiresAt}. */
    public static Hold asked(Instant requestedAt, Instant expiresAt) {
        if (requestedAt == null || expiresAt == null) {
            throw new IllegalArgumentException("a hold needs the moment it was asked and its expiry");
        }
        return new Hold(requestedAt, expiresAt);
    }

    /**
     * When a hold asked at {@code now} joins a line of holds asked at {@code earlier}: after every one of them, so
     * that a clock that stepped back, or two requests within the same microsecond, never put a newcomer first.
     */
    public static Instant joinTime(Instant now, Collection<Instant> earlier) {
        Instant at = now;
        for (Instant other : earlier) {
            if (!other.isBefore(at)) {
                at = other.plus(1, ChronoUnit.MICROS);
            }
        }
        return at;
    }

    /** A reason given for a closure, checked: optional, several lines, at most {@link #MAX_REASON} characters. */
    public static String reason(String text) {
        return Text.optionalLines("reason", text, MAX_REASON);
    }

    /** Whether the option still runs at {@code now} (the holder says whether the hold is still open at all). */
    public boolean runsAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    /** Whether the option ran out at or before {@code cutoff}: what the expiry timer looks for. */
    public boolean isDueBy(Instant cutoff) {
        return !expiresAt.isAfter(cutoff);
    }

    /** Moves the end of the option (more time given); never into the past. */
    public void extendTo(Instant until, Instant now) {
        if (until == null || !until.isAfter(now)) {
            throw DomainException.invalid("holdExpiresAt", "HOLD_UNTIL_IN_PAST");
        }
        expiresAt = until;
    }

    /**
     * The hold ends: called off or turned down by {@code by} for {@code reason} (a checked one, or none), or run out
     * ({@code by} and {@code reason} null).
     */
    public void close(String by, String reason, Instant now) {
        closedAt = now;
        closedBy = by;
        closeReason = reason;
    }

    public boolean isClosed() { return closedAt != null; }
    public Instant requestedAt() { return requestedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String closeReason() { return closeReason; }
}
