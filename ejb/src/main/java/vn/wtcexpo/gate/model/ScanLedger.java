package vn.wtcexpo.gate.model;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.LocalTransaction;
import vn.wtcexpo.shared.LocalTransaction.Lease;

/**
 * The scan path's statements, in plain JDBC on the application's data source (they join the caller's JTA
 * transaction): a scan is a handful of indexed statements and nothing else, and the locks it takes are spelt
 * here, once. Lock order, always: the hall's entry lock, the badge's presence row, the count row of the gate.
 *
 * <p>A scan runs in a {@link LocalTransaction} of its own: one connection with its own local transaction, outside
 * JTA (the scan path is the busiest of the house; the session beans and the transaction manager around it cost more
 * than its statements). Supervisors' corrections run in the JTA transaction of their use case; both take the same
 * locks.
 *
 * <p>Entries into a hall take its entry lock shared (PostgreSQL: a transaction-scoped advisory lock), so the
 * gates of a hall admit in parallel; near capacity, or to correct a count, it is taken exclusively. H2 has no
 * shared locks: there the hall's row is locked, so a hall's entries queue (H2 is for development only).
 */
@ApplicationScoped
public class ScanLedger {

    private static final int LOCK_SPACE = 0x6A7E; // the advisory lock space of hall entry locks

    private static final String LOCK_SHARED = "SELECT pg_advisory_xact_lock_shared(?, ?)";
    private static final String LOCK_EXCLUSIVE = "SELECT pg_advisory_xact_lock(?, ?)";
    private static final String PRESENCE_UPSERT = "INSERT INTO gate_presence (badge_id, event_id) VALUES (?, ?) "
            + "ON CONFLICT (badge_id) DO UPDATE SET event_id = EXCLUDED.event_id RETURNING hall_code, inside_day, gate_code, since";
    private static final String COUNT_UPSERT = "INSERT INTO gate_count (event_id, hall_code, count_day, gate_code, entries, exits) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, hall_code, count_day, gate_code) DO UPDATE "
            + "SET entries = gate_count.entries + EXCLUDED.entries, exits = gate_count.exits + EXCLUDED.exits";
    private static final String COUNT_MERGE = "MERGE INTO gate_count t USING (VALUES (CAST(? AS VARCHAR(36)), "
            + "CAST(? AS VARCHAR(10)), CAST(? AS DATE), CAST(? AS VARCHAR(20)), CAST(? AS INTEGER), CAST(? AS INTEGER))) "
            + "n (e, h, d, g, i, o) ON t.event_id = n.e AND t.hall_code = n.h AND t.count_day = n.d AND t.gate_code = n.g "
            + "WHEN MATCHED THEN UPDATE SET entries = t.entries + n.i, exits = t.exits + n.o "
            + "WHEN NOT MATCHED THEN INSERT (event_id, hall_code, count_day, gate_code, entries, exits) "
            + "VALUES (n.e, n.h, n.d, n.g, n.i, n.o)";
    private static final String COUNT_TAKE_BACK = "UPDATE gate_count SET entries = entries + ?, exits = exits + ? "
            + "WHERE event_id = ? AND hall_code = ? AND count_day = ? AND gate_code = ?";
    private static final String ROOM = "SELECT h.capacity, "
            + "(SELECT COALESCE(SUM(c.entries - c.exits), 0) FROM gate_count c WHERE c.event_id = h.event_id "
            + "AND c.hall_code = h.hall_code AND c.count_day = ?), "
            + "(SELECT COUNT(*) FROM gate g WHERE g.event_id = h.event_id AND g.hall_code = h.hall_code AND g.direction <> 'OUT') "
            + "FROM gate_hall h WHERE h.event_id = ? AND h.hall_code = ?";
    private static final String PLACE = "UPDATE gate_presence SET hall_code = ?, inside_day = ?, gate_code = ?, since = ? "
            + "WHERE badge_id = ?";
    private static final String INSERT_SCAN = "INSERT INTO gate_scan (event_id, nonce, gate_code, hall_code, direction, "
            + "badge_id, badge_kind, result, reason, counted, scanned_at, recorded_at, device_id, actor, offline_result, "
            + "conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/wtcexpo")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Boolean postgres;

    /**
     * Begins a scan's own transaction on a connection of its own (outside JTA: none may be active). Every statement
     * of this ledger on this thread runs in it until it is closed, and so does the badge's read
     * ({@link LocalTransaction}); {@link LocalTransaction#commit()} makes it durable, closing it without a commit
     * rolls it back. Use it with try-with-resources.
     */
    public LocalTransaction begin() {
        if (transactions.getTransactionKey() != null) {
            throw new IllegalStateException("a scan's own transaction begins outside a JTA transaction");
        }
        return LocalTransaction.begin(dataSource);
    }

    /**
     * A connection for one statement: the thread's local transaction's, else one of its own, closed with the lease
     * (in a JTA transaction the pool gives the transaction's connection again).
     */
    private Lease lease() throws SQLException {
        return LocalTransaction.lease(dataSource);
    }

    /** Locks outlive a statement only in a transaction: taking one outside would guard nothing. */
    private void requireTransaction() {
        if (!LocalTransaction.active() && transactions.getTransactionKey() == null) {
            throw new IllegalStateException("a scan's locks are taken in a transaction");
        }
    }

    /** A scan as stored: enough to give the same answer again. */
    public record StoredScan(long id, ScanResult result, DenyReason reason, String badgeId, boolean counted,
                             String gateCode, String hallCode, ScanDirection direction) {
    }

    /**
     * Where a badge's holder is: in a hall on a day, entered through {@code gate} at {@code since}, or outside
     * ({@code hall} null).
     */
    public record Presence(String hall, LocalDate day, String gate, Instant since) {
        public boolean insideOn(LocalDate today) {
            return hall != null && today.equals(day);
        }
    }

    /** A hall's capacity, how many are inside by the committed counts (and the caller's own), and its entry gates. */
    public record Room(int capacity, int inside, int entryGates) {
    }

    /** Entries and exits to add to the count of a hall, day and gate. */
    public record Count(String eventId, String hall, LocalDate day, String gateCode, int entries, int exits) {
        /** The same count taken back (in the transaction that added it). */
        public Count undone() {
            return new Count(eventId, hall, day, gateCode, -entries, -exits);
        }
    }

    /** Where a badge's holder is from now: in {@code hall} since {@code since}, or outside (hall null). */
    public record Placement(String badgeId, String hall, LocalDate day, String gateCode, Instant since) {
    }

    /** A scan to store. */
    public record NewScan(String eventId, String nonce, String gateCode, String hallCode, ScanDirection direction,
                          String badgeId, BadgeKind kind, ScanResult result, DenyReason reason, boolean counted,
                          Instant scannedAt, Instant recordedAt, String deviceId, String actor, ScanResult offlineResult) {
        public boolean conflict() {
            return offlineResult != null && offlineResult != result;
        }
    }

    /** Whether entries can share a hall's lock (PostgreSQL) or must queue on it (H2). */
    public boolean sharedLocks() {
        Boolean p = postgres;
        if (p == null) {
            try (Connection c = dataSource.getConnection()) {
                p = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            postgres = p;
        }
        return p;
    }

    public Optional<StoredScan> byNonce(String eventId, String nonce) {
        String sql = "SELECT id, result, reason, badge_id, counted, gate_code, hall_code, direction FROM gate_scan "
                + "WHERE event_id = ? AND nonce = ?";
        try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
            s.setString(1, eventId);
            s.setString(2, nonce);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String reason = r.getString(3);
                return Optional.of(new StoredScan(r.getLong(1), ScanResult.valueOf(r.getString(2)),
                        reason == null ? null : DenyReason.valueOf(reason), r.getString(4), r.getBoolean(5),
                        r.getString(6), r.getString(7), ScanDirection.valueOf(r.getString(8))));
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /**
     * Takes the hall's entry lock exclusively until the transaction ends: for an entry near capacity and for
     * corrections (entries far from capacity share it: {@link #enterShared}).
     */
    public void lockHall(String eventId, String hall) {
        requireTransaction();
        if (sharedLocks()) {
            try (Lease c = lease(); PreparedStatement s = c.prepare(LOCK_EXCLUSIVE)) {
                bindLock(s, 1, eventId, hall);
                s.executeQuery().close();
            } catch (SQLException e) {
                throw new LedgerFailure(e);
            }
        } else {
            try (Lease c = lease();
                 PreparedStatement s = c.prepare("SELECT capacity FROM gate_hall WHERE event_id = ? AND hall_code = ? FOR UPDATE")) {
                s.setString(1, eventId);
                s.setString(2, hall);
                s.executeQuery().close();
            } catch (SQLException e) {
                throw new LedgerFailure(e);
            }
        }
    }

    /**
     * {@link #lockHall} then {@link #lockPresence}, in that order (the lock order); on PostgreSQL both statements go
     * to the database in one round trip.
     */
    public Presence lockHallAndPresence(String eventId, String hall, String badgeId) {
        requireTransaction();
        if (!sharedLocks()) {
            lockHall(eventId, hall);
            return lockPresence(badgeId, eventId);
        }
        try (Lease c = lease(); PreparedStatement s = c.prepare(LOCK_EXCLUSIVE + "; " + PRESENCE_UPSERT)) {
            int i = bindLock(s, 1, eventId, hall);
            s.setString(i, badgeId);
            s.setString(i + 1, eventId);
            s.execute();
            return presence(next(s));
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** The badge's presence row, made if it is the badge's first scan, locked until the transaction ends. */
    public Presence lockPresence(String badgeId, String eventId) {
        requireTransaction();
        try (Lease c = lease()) {
            if (sharedLocks()) {
                // one statement: made if missing, locked either way, read back
                try (PreparedStatement s = c.prepare(PRESENCE_UPSERT)) {
                    s.setString(1, badgeId);
                    s.setString(2, eventId);
                    try (ResultSet r = s.executeQuery()) {
                        return presence(r);
                    }
                }
            }
            try (PreparedStatement s = c.prepare("MERGE INTO gate_presence t USING (VALUES (CAST(? AS VARCHAR(36)), "
                    + "CAST(? AS VARCHAR(36)))) n (b, e) ON t.badge_id = n.b WHEN NOT MATCHED THEN INSERT (badge_id, event_id) "
                    + "VALUES (n.b, n.e)")) {
                s.setString(1, badgeId);
                s.setString(2, eventId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepare("SELECT hall_code, inside_day, gate_code, since FROM gate_presence WHERE badge_id = ? FOR UPDATE")) {
                s.setString(1, badgeId);
                try (ResultSet r = s.executeQuery()) {
                    return presence(r);
                }
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    private static Presence presence(ResultSet r) throws SQLException {
        try (r) {
            r.next();
            java.time.OffsetDateTime since = r.getObject(4, java.time.OffsetDateTime.class);
            return new Presence(r.getString(1), r.getObject(2, LocalDate.class), r.getString(3),
                    since == null ? null : since.toInstant());
        }
    }

    /** The rows of the next statement of those sent in one round trip (the current result is closed). */
    private static ResultSet next(PreparedStatement s) throws SQLException {
        if (!s.getMoreResults()) {
            throw new IllegalStateException("no rows from the next statement");
        }
        return s.getResultSet();
    }

    private static int bindLock(PreparedStatement s, int i, String eventId, String hall) throws SQLException {
        s.setInt(i, LOCK_SPACE);
        s.setInt(i + 1, (eventId + '/' + hall).hashCode());
        return i + 2;
    }

    /** Records that the holder is now in {@code hall} (or outside, when null). */
    public void place(String badgeId, String hall, LocalDate day, String gateCode, Instant since) {
        try (Lease c = lease(); PreparedStatement s = c.prepare(PLACE)) {
            bindPlace(s, 1, new Placement(badgeId, hall, day, gateCode, since));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    private static int bindPlace(PreparedStatement s, int i, Placement p) throws SQLException {
        s.setString(i, p.hall());
        s.setObject(i + 1, p.hall() == null ? null : p.day());
        s.setString(i + 2, p.gateCode());
        s.setTimestamp(i + 3, Timestamp.from(p.since()));
        s.setString(i + 4, p.badgeId());
        return i + 5;
    }

    /**
     * Marks everyone the ledger has inside {@code hall} on {@code day} as outside (a supervisor found the hall
     * empty): their next entry scan is admitted instead of ALREADY_INSIDE. The caller holds the hall's exclusive
     * lock, so no entry into the hall is being decided meanwhile.
     *
     * @return how many presences were ended
     */
    public int emptyHall(String eventId, String hall, LocalDate day, Instant at) {
        requireTransaction();
        try (Lease c = lease();
             PreparedStatement s = c.prepare("UPDATE gate_presence SET hall_code = NULL, inside_day = NULL, gate_code = '~', "
                     + "since = ? WHERE event_id = ? AND hall_code = ? AND inside_day = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, eventId);
            s.setString(3, hall);
            s.setObject(4, day);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** Adds entries and exits to the count of a hall, day and gate (made on the first of the day). */
    public void count(String eventId, String hall, LocalDate day, String gateCode, int entries, int exits) {
        try (Lease c = lease(); PreparedStatement s = c.prepare(sharedLocks() ? COUNT_UPSERT : COUNT_MERGE)) {
            bindCount(s, 1, new Count(eventId, hall, day, gateCode, entries, exits));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    private static int bindCount(PreparedStatement s, int i, Count n) throws SQLException {
        s.setString(i, n.eventId());
        s.setString(i + 1, n.hall());
        s.setObject(i + 2, n.day());
        s.setString(i + 3, n.gateCode());
        s.setInt(i + 4, n.entries());
        s.setInt(i + 5, n.exits());
        return i + 6;
    }

    /** The hall's capacity, inside on the day by the counts this transaction sees, and the gates that lead in. */
    public Room room(String eventId, String hall, LocalDate day) {
        try (Lease c = lease(); PreparedStatement s = c.prepare(ROOM)) {
            bindRoom(s, 1, eventId, hall, day);
            return room(s.executeQuery(), eventId, hall);
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** What an entry under the shared lock finds: where the holder is, and the room with this entry counted. */
    public record Entry(Presence presence, Room room) {
    }

    /**
     * An entry's first round trip under the hall's shared lock (PostgreSQL only): takes the lock, makes and locks the
     * badge's presence row, adds {@code count} to the gate's count and reads the room as this transaction sees it
     * (committed counts and its own). The count goes first because the answer comes back in one go: a scan that is
     * then refused takes it back with {@link Count#undone()} when it is stored.
     */
    public Entry enterShared(Count count, String badgeId) {
        requireTransaction();
        if (!sharedLocks()) {
            throw new IllegalStateException("entries share a hall's lock only on PostgreSQL");
        }
        try (Lease c = lease(); PreparedStatement s = c.prepare(LOCK_SHARED + "; " + PRESENCE_UPSERT + "; " + COUNT_UPSERT + "; " + ROOM)) {
            int i = bindLock(s, 1, count.eventId(), count.hall());
            s.setString(i, badgeId);
            s.setString(i + 1, count.eventId());
            bindRoom(s, bindCount(s, i + 2, count), count.eventId(), count.hall(), count.day());
            s.execute();
            Presence presence = presence(next(s));
            if (s.getMoreResults() || s.getUpdateCount() < 0) {
                throw new IllegalStateException("the count did not answer with an update count");
            }
            return new Entry(presence, room(next(s), count.eventId(), count.hall()));
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    private static int bindTakeBack(PreparedStatement s, int i, Count n) throws SQLException {
        s.setInt(i, n.entries());
        s.setInt(i + 1, n.exits());
        s.setString(i + 2, n.eventId());
        s.setString(i + 3, n.hall());
        s.setObject(i + 4, n.day());
        s.setString(i + 5, n.gateCode());
        return i + 6;
    }

    private static void bindRoom(PreparedStatement s, int i, String eventId, String hall, LocalDate day) throws SQLException {
        s.setObject(i, day);
        s.setString(i + 1, eventId);
        s.setString(i + 2, hall);
    }

    private static Room room(ResultSet r, String eventId, String hall) throws SQLException {
        try (r) {
            if (!r.next()) {
                throw new IllegalStateException("no gate_hall row for " + eventId + "/" + hall);
            }
            return new Room(r.getInt(1), r.getInt(2), r.getInt(3));
        }
    }

    /**
     * Stores a scan, after adding {@code count} (if not null; a count {@link Count#undone() taken back} when it is
     * negative) and moving the holder to {@code placement} (if not null), in that order; on PostgreSQL the
     * statements go to the database in one round trip, and in a {@link LocalTransaction} the commit goes with them:
     * when this returns it is committed (its {@link LocalTransaction#commit()} has nothing left to do).
     */
    public void insert(NewScan scan, Count count, Placement placement) {
        if (!sharedLocks()) {
            if (count != null && (count.entries() < 0 || count.exits() < 0)) {
                throw new IllegalArgumentException("a count is taken back only on PostgreSQL, where entries share the lock");
            }
            if (count != null) {
                count(count.eventId(), count.hall(), count.day(), count.gateCode(), count.entries(), count.exits());
            }
            if (placement != null) {
                place(placement.badgeId(), placement.hall(), placement.day(), placement.gateCode(), placement.since());
            }
        }
        boolean together = sharedLocks();
        boolean local = LocalTransaction.active();
        boolean takeBack = count != null && (count.entries() < 0 || count.exits() < 0);
        String sql = (together && count != null ? (takeBack ? COUNT_TAKE_BACK : COUNT_UPSERT) + "; " : "")
                + (together && placement != null ? PLACE + "; " : "") + INSERT_SCAN + (together && local ? "; COMMIT" : "");
        try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
            int i = 1;
            if (together && count != null) {
                i = takeBack ? bindTakeBack(s, i, count) : bindCount(s, i, count);
            }
            if (together && placement != null) {
                i = bindPlace(s, i, placement);
            }
            s.setString(i, scan.eventId());
            s.setString(i + 1, scan.nonce());
            s.setString(i + 2, scan.gateCode());
            s.setString(i + 3, scan.hallCode());
            s.setString(i + 4, scan.direction().name());
            s.setString(i + 5, scan.badgeId());
            s.setString(i + 6, scan.kind() == null ? null : scan.kind().name());
            s.setString(i + 7, scan.result().name());
            s.setString(i + 8, scan.reason() == null ? null : scan.reason().name());
            s.setBoolean(i + 9, scan.counted());
            s.setTimestamp(i + 10, Timestamp.from(scan.scannedAt()));
            s.setTimestamp(i + 11, Timestamp.from(scan.recordedAt()));
            s.setString(i + 12, scan.deviceId());
            s.setString(i + 13, scan.actor());
            s.setString(i + 14, scan.offlineResult() == null ? null : scan.offlineResult().name());
            s.setBoolean(i + 15, scan.conflict());
            s.execute();
            if (together && local) {
                c.committed();
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** A failed statement of the scan path; {@link #duplicateNonce()} says the nonce was stored by a scan at the same moment. */
    public static class LedgerFailure extends RuntimeException {
        LedgerFailure(SQLException cause) {
            super(cause);
        }

        public boolean duplicateNonce() {
            SQLException e = (SQLException) getCause();
            return "23505".equals(e.getSQLState()) && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("nonce");
        }
    }
}
