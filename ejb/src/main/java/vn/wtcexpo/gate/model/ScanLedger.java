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

/**
 * The scan path's statements, in plain JDBC on the application's data source (they join the caller's JTA
 * transaction): a scan is a handful of indexed statements and nothing else, and the locks it takes are spelt
 * here, once. Lock order, always: the hall's entry lock, the badge's presence row, the count row of the gate.
 *
 * <p>Entries into a hall take its entry lock shared (PostgreSQL: a transaction-scoped advisory lock), so the
 * gates of a hall admit in parallel; near capacity, or to correct a count, it is taken exclusively. H2 has no
 * shared locks: there the hall's row is locked, so a hall's entries queue (H2 is for development only).
 */
@ApplicationScoped
public class ScanLedger {

    private static final int LOCK_SPACE = 0x6A7E; // the advisory lock space of hall entry locks

    @Resource(lookup = "jdbc/wtcexpo")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Boolean postgres;

    /** The key of the connection a transaction's statements share while a {@link Session} is open. */
    private static final Object CONNECTION = new Object();

    /**
     * Keeps one connection for the statements of the transaction until closed: a scan's five statements ask the
     * pool once instead of five times. Close it before the transaction ends (try-with-resources around the work);
     * the connection stays the transaction's until its commit or rollback, as any connection closed in one does.
     */
    public Session session() {
        requireTransaction();
        Connection[] held = (Connection[]) transactions.getResource(CONNECTION);
        if (held != null && held[0] != null) {
            return () -> { }; // an outer session keeps it
        }
        try {
            Connection c = dataSource.getConnection();
            Connection[] box = {c};
            transactions.putResource(CONNECTION, box);
            return () -> {
                box[0] = null;
                try {
                    c.close();
                } catch (SQLException e) {
                    throw new LedgerFailure(e);
                }
            };
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** An open {@link #session()}. */
    public interface Session extends AutoCloseable {
        @Override
        void close();
    }

    /** A connection for one statement: the open session's, else one of its own, closed with the lease. */
    private Lease lease() throws SQLException {
        Connection[] held = transactions.getTransactionKey() == null ? null : (Connection[]) transactions.getResource(CONNECTION);
        return held != null && held[0] != null ? new Lease(held[0], false) : new Lease(dataSource.getConnection(), true);
    }

    /** Locks outlive a statement only in a transaction: taking one outside would guard nothing. */
    private void requireTransaction() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("a scan's locks are taken in a transaction");
        }
    }

    private record Lease(Connection connection, boolean own) implements AutoCloseable {
        PreparedStatement prepare(String sql) throws SQLException {
            return connection.prepareStatement(sql);
        }

        @Override
        public void close() throws SQLException {
            if (own) {
                connection.close();
            }
        }
    }

    /** A scan as stored: enough to give the same answer again. */
    public record StoredScan(long id, ScanResult result, DenyReason reason, String badgeId, boolean counted,
                             String gateCode, String hallCode, ScanDirection direction) {
    }

    /** Where a badge's holder is: in a hall since a day, or outside ({@code hall} null). */
    public record Presence(String hall, LocalDate day) {
        public boolean insideOn(LocalDate today) {
            return hall != null && today.equals(day);
        }
    }

    /** A hall's capacity, how many are inside by the committed counts (and the caller's own), and its entry gates. */
    public record Room(int capacity, int inside, int entryGates) {
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
     * Takes the hall's entry lock until the transaction ends: shared for an entry far from capacity, exclusive
     * near it and for corrections (on H2 always exclusive).
     */
    public void lockHall(String eventId, String hall, boolean exclusive) {
        requireTransaction();
        if (sharedLocks()) {
            String sql = exclusive ? "SELECT pg_advisory_xact_lock(?, ?)" : "SELECT pg_advisory_xact_lock_shared(?, ?)";
            try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
                s.setInt(1, LOCK_SPACE);
                s.setInt(2, (eventId + '/' + hall).hashCode());
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

    /** The badge's presence row, made if it is the badge's first scan, locked until the transaction ends. */
    public Presence lockPresence(String badgeId, String eventId) {
        requireTransaction();
        try (Lease c = lease()) {
            if (sharedLocks()) {
                // one statement: made if missing, locked either way, read back
                try (PreparedStatement s = c.prepare("INSERT INTO gate_presence (badge_id, event_id) VALUES (?, ?) "
                        + "ON CONFLICT (badge_id) DO UPDATE SET event_id = EXCLUDED.event_id RETURNING hall_code, inside_day")) {
                    s.setString(1, badgeId);
                    s.setString(2, eventId);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        return new Presence(r.getString(1), r.getObject(2, LocalDate.class));
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
            try (PreparedStatement s = c.prepare("SELECT hall_code, inside_day FROM gate_presence WHERE badge_id = ? FOR UPDATE")) {
                s.setString(1, badgeId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Presence(r.getString(1), r.getObject(2, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** Records that the holder is now in {@code hall} (or outside, when null). */
    public void place(String badgeId, String hall, LocalDate day, String gateCode, Instant since) {
        try (Lease c = lease();
             PreparedStatement s = c.prepare("UPDATE gate_presence SET hall_code = ?, inside_day = ?, gate_code = ?, "
                     + "since = ? WHERE badge_id = ?")) {
            s.setString(1, hall);
            s.setObject(2, hall == null ? null : day);
            s.setString(3, gateCode);
            s.setTimestamp(4, Timestamp.from(since));
            s.setString(5, badgeId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
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
        String sql = sharedLocks()
                ? "INSERT INTO gate_count (event_id, hall_code, count_day, gate_code, entries, exits) VALUES (?, ?, ?, ?, ?, ?) "
                  + "ON CONFLICT (event_id, hall_code, count_day, gate_code) DO UPDATE "
                  + "SET entries = gate_count.entries + EXCLUDED.entries, exits = gate_count.exits + EXCLUDED.exits"
                : "MERGE INTO gate_count t USING (VALUES (CAST(? AS VARCHAR(36)), CAST(? AS VARCHAR(10)), CAST(? AS DATE), "
                  + "CAST(? AS VARCHAR(20)), CAST(? AS INTEGER), CAST(? AS INTEGER))) n (e, h, d, g, i, o) "
                  + "ON t.event_id = n.e AND t.hall_code = n.h AND t.count_day = n.d AND t.gate_code = n.g "
                  + "WHEN MATCHED THEN UPDATE SET entries = t.entries + n.i, exits = t.exits + n.o "
                  + "WHEN NOT MATCHED THEN INSERT (event_id, hall_code, count_day, gate_code, entries, exits) "
                  + "VALUES (n.e, n.h, n.d, n.g, n.i, n.o)";
        try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
            s.setString(1, eventId);
            s.setString(2, hall);
            s.setObject(3, day);
            s.setString(4, gateCode);
            s.setInt(5, entries);
            s.setInt(6, exits);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    /** The hall's capacity, inside on the day by the counts this transaction sees, and the gates that lead in. */
    public Room room(String eventId, String hall, LocalDate day) {
        String sql = "SELECT h.capacity, "
                + "(SELECT COALESCE(SUM(c.entries - c.exits), 0) FROM gate_count c WHERE c.event_id = h.event_id "
                + "AND c.hall_code = h.hall_code AND c.count_day = ?), "
                + "(SELECT COUNT(*) FROM gate g WHERE g.event_id = h.event_id AND g.hall_code = h.hall_code AND g.direction <> 'OUT') "
                + "FROM gate_hall h WHERE h.event_id = ? AND h.hall_code = ?";
        try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
            s.setObject(1, day);
            s.setString(2, eventId);
            s.setString(3, hall);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no gate_hall row for " + eventId + "/" + hall);
                }
                return new Room(r.getInt(1), r.getInt(2), r.getInt(3));
            }
        } catch (SQLException e) {
            throw new LedgerFailure(e);
        }
    }

    public void insert(NewScan scan) {
        String sql = "INSERT INTO gate_scan (event_id, nonce, gate_code, hall_code, direction, badge_id, badge_kind, result, "
                + "reason, counted, scanned_at, recorded_at, device_id, actor, offline_result, conflict) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
            s.setString(1, scan.eventId());
            s.setString(2, scan.nonce());
            s.setString(3, scan.gateCode());
            s.setString(4, scan.hallCode());
            s.setString(5, scan.direction().name());
            s.setString(6, scan.badgeId());
            s.setString(7, scan.kind() == null ? null : scan.kind().name());
            s.setString(8, scan.result().name());
            s.setString(9, scan.reason() == null ? null : scan.reason().name());
            s.setBoolean(10, scan.counted());
            s.setTimestamp(11, Timestamp.from(scan.scannedAt()));
            s.setTimestamp(12, Timestamp.from(scan.recordedAt()));
            s.setString(13, scan.deviceId());
            s.setString(14, scan.actor());
            s.setString(15, scan.offlineResult() == null ? null : scan.offlineResult().name());
            s.setBoolean(16, scan.conflict());
            s.executeUpdate();
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
