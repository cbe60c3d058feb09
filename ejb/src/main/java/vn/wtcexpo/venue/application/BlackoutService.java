package vn.wtcexpo.venue.application;

import java.time.Instant;
import java.util.List;

/**
 * The days a hall cannot be booked (maintenance, the province's own events): recorded by the venue admin, read by
 * every calendar. Apart from {@link VenueService}: the halls' shapes and prices change for other reasons than
 * the days they are closed.
 */
public interface BlackoutService {

    /**
     * Closes a hall for {@code [start, end)}.
     *
     * @throws vn.wtcexpo.shared.DomainException {@code BLACKOUT_OVERLAPS_BOOKING} or {@code BLACKOUT_OVERLAPS_BLACKOUT}
     */
    BlackoutSummary addBlackout(String hallCode, Instant start, Instant end, String reason);

    /** @throws vn.wtcexpo.shared.DomainException {@code BLACKOUT_NOT_FOUND} unless the blackout is on that hall */
    void removeBlackout(String hallCode, String blackoutId);

    /** The blackouts recorded on a hall itself, in time order. */
    List<BlackoutSummary> blackoutsOf(String hallCode);

    /** Every blackout overlapping {@code [from, to)}, for calendars. */
    List<BlackoutSummary> blackoutsBetween(Instant from, Instant to);

    /**
     * The blackouts that make {@code hallCode} unbookable somewhere in {@code [from, to)}: its own, its
     * parts', and those of any combined hall it is part of.
     */
    List<BlackoutSummary> blackoutsAffecting(String hallCode, Instant from, Instant to);
}
