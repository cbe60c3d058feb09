package vn.wtcexpo.gate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The scan path's statements: where badge holders are, how many are in each hall, and every scan, each held by the
 * database. A scan runs them in its {@link ScanUnit}; supervisors' corrections in the JTA transaction of their use
 * case; both take the same locks, in one order: the hall's entry lock, the badge's presence row, the count row of
 * the gate. The ledger never commits: its caller's transaction does.
 *
 * <p>Entries into a hall take its entry lock shared where the database can ({@link #sharedLocks()}: PostgreSQL's
 * advisory locks), so the gates of a hall admit in parallel; near capacity, or to correct a count, it is taken
 * exclusively. Where it cannot (H2, for development), the hall's row is locked and a hall's entries queue.
 * Implemented for each database in the infrastructure; its failures are {@link ScanFailure}s.
 */
public interface ScanLedger {

    /** Whether entries can share a hall's lock ({@link #enterShared}) or must queue on it. */
    boolean sharedLocks();

    /** The scan stored with this nonce, if any. */
    Optional<StoredScan> byNonce(String eventId, String nonce);

    /**
     * Takes the hall's entry lock exclusively until the transaction ends: for an entry near capacity and for
     * corrections (entries far from capacity share it: {@link #enterShared}).
     */
    void lockHall(String eventId, String hall);

    /** {@link #lockHall} then {@link #lockPresence}, in that order (the lock order). */
    Presence lockHallAndPresence(String eventId, String hall, String badgeId);

    /** The badge's presence row, made if it is the badge's first scan, locked until the transaction ends. */
    Presence lockPresence(String badgeId, String eventId);

    /**
     * Marks everyone the ledger has inside {@code hall} on {@code day} as outside (a supervisor found the hall
     * empty): their next entry scan is admitted instead of ALREADY_INSIDE. The caller holds the hall's exclusive
     * lock, so no entry into the hall is being decided meanwhile.
     *
     * @return how many presences were ended
     */
    int emptyHall(String eventId, String hall, LocalDate day, Instant at);

    /** Adds entries and exits to the count of a hall, day and gate (made on the first of the day). */
    void count(Count count);

    /** The hall's capacity, inside on the day by the counts this transaction sees, and the gates that lead in. */
    Room room(String eventId, String hall, LocalDate day);

    /**
     * An entry's first step under the hall's shared lock (only where {@link #sharedLocks()}): takes the lock, makes
     * and locks the badge's presence row, adds {@code count} to the gate's count and reads the room as this
     * transaction sees it (committed counts and its own). The count goes first because the answer comes back in one
     * go: a scan that is then refused takes it back with {@link Count#undone()} when it is stored.
     */
    Entry enterShared(Count count, String badgeId);

    /**
     * Stores a scan with what it changes: its count (if any; a count {@link Count#undone() taken back} only where
     * entries share the lock), the move of its holder (if any) and, for its holder's first entry of the day, the
     * arrival it adds to the day's tally, in that order (the arrival's row is its gate's, as the count's is).
     *
     * @throws ScanFailure.ReplayedNonce when a scan with its nonce is stored already
     */
    void store(NewScan scan, Count count, Placement placement, Arrival arrival);

    /** A scan as stored: enough to give the same answer again. */
    record StoredScan(long id, ScanResult result, DenyReason reason, String badgeId, boolean counted,
                      String gateCode, String hallCode, ScanDirection direction) {
    }

    /**
     * Where a badge's holder is: in a hall on a day, entered through {@code gate} at {@code since}, or outside
     * ({@code hall} null); and the last day on which the holder entered a hall ({@code enteredDay}, null if never).
     */
    record Presence(String hall, LocalDate day, String gate, Instant since, LocalDate enteredDay) {
        public boolean insideOn(LocalDate today) {
            return hall != null && today.equals(day);
        }

        /** Whether an entry on {@code today} is the holder's first of that day: an arrival. */
        public boolean arrivesOn(LocalDate today) {
            return !today.equals(enteredDay);
        }
    }

    /**
     * A holder's first entry of a show day, added to the day's tally: per gate (with its hall), badge kind and the
     * quarter-hour of the day's opening hours that starts at {@code quarterStart}.
     */
    record Arrival(String eventId, LocalDate day, String gateCode, String hall, BadgeKind kind, Instant quarterStart) {
        /** A quarter-hour, in seconds. */
        public static final long QUARTER_SECONDS = 900;

        /** Quarter-hours are counted from the day's opening: the start of the one {@code at} falls in. */
        public static Instant quarterOf(Instant opening, Instant at) {
            return opening.plusSeconds(quartersSince(opening, at) * QUARTER_SECONDS);
        }

        /** Which quarter-hour since {@code origin} {@code at} falls in (negative before it; whole seconds). */
        public static long quartersSince(Instant origin, Instant at) {
            return Math.floorDiv(at.getEpochSecond() - origin.getEpochSecond(), QUARTER_SECONDS);
        }
    }

    /** A hall's capacity, how many are inside by the committed counts (and the caller's own), and its entry gates. */
    record Room(int capacity, int inside, int entryGates) {
    }

    /** Entries and exits to add to the count of a hall, day and gate. */
    record Count(String eventId, String hall, LocalDate day, String gateCode, int entries, int exits) {
        /** The same count taken back (in the transaction that added it). */
        public Count undone() {
            return new Count(eventId, hall, day, gateCode, -entries, -exits);
        }

        public boolean takesBack() {
            return entries < 0 || exits < 0;
        }
    }

    /** Where a badge's holder is from now: in {@code hall} since {@code since}, or outside (hall null). */
    record Placement(String badgeId, String hall, LocalDate day, String gateCode, Instant since) {
    }

    /** What an entry under the shared lock finds: where the holder is, and the room with this entry counted. */
    record Entry(Presence presence, Room room) {
    }

    /** A scan to store. */
    record NewScan(String eventId, String nonce, String gateCode, String hallCode, ScanDirection direction,
                   String badgeId, BadgeKind kind, ScanResult result, DenyReason reason, boolean counted,
                   Instant scannedAt, Instant recordedAt, String deviceId, String actor, ScanResult offlineResult) {
        public boolean conflict() {
            return offlineResult != null && offlineResult != result;
        }
    }
}
