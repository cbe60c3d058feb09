package vn.wtcexpo.gate.infrastructure;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import vn.wtcexpo.gate.model.DenyReason;
import vn.wtcexpo.gate.model.ScanDirection;
import vn.wtcexpo.gate.model.ScanFailure;
import vn.wtcexpo.gate.model.ScanLedger;
import vn.wtcexpo.gate.model.ScanLedger.Arrival;
import vn.wtcexpo.gate.model.ScanResult;
import vn.wtcexpo.shared.Connections;
import vn.wtcexpo.shared.Connections.Lease;

/**
 * What the scan ledger's two databases share: the statements that read the same on both, the binding of values, and
 * the reading of failures. Statements get their connection from {@link Connections}: the scan's unit when one runs
 * on the thread, else the caller's JTA transaction's. Nothing here commits.
 */
abstract class JdbcScanLedger implements ScanLedger {

    /** The name of the constraint that stores a nonce once per event (migration V16 gave it). */
    static final String NONCE_CONSTRAINT = "gate_scan_nonce_once";

    /** A move in (the day of the entry kept in {@code entered_day} too) or out (which keeps it). */
    static final String PLACE = "UPDATE gate_presence SET hall_code = ?, inside_day = ?, gate_code = ?, since = ?, "
            + "entered_day = COALESCE(?, entered_day) WHERE badge_id = ?";
    static final String ROOM = "SELECT h.capacity, "
            + "(SELECT COALESCE(SUM(c.entries - c.exits), 0) FROM gate_count c WHERE c.event_id = h.event_id "
            + "AND c.hall_code = h.hall_code AND c.count_day = ?), "
            + "(SELECT COUNT(*) FROM gate g WHERE g.event_id = h.event_id AND g.hall_code = h.hall_code AND g.direction <> 'OUT') "
            + "FROM gate_hall h WHERE h.event_id = ? AND h.hall_code = ?";
    static final String INSERT_SCAN = "INSERT INTO gate_scan (event_id, nonce, gate_code, hall_code, direction, "
            + "badge_id, badge_kind, result, reason, counted, scanned_at, recorded_at, device_id, actor, offline_result, "
            + "conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BY_NONCE = "SELECT id, result, reason, badge_id, counted, gate_code, hall_code, direction "
            + "FROM gate_scan WHERE event_id = ? AND nonce = ?";
    private static final String EMPTY_HALL = "UPDATE gate_presence SET hall_code = NULL, inside_day = NULL, gate_code = '~', "
            + "since = ? WHERE event_id = ? AND hall_code = ? AND inside_day = ?";

    final Connections connections;
    private final TransactionSynchronizationRegistry transactions;

    JdbcScanLedger(Connections connections, TransactionSynchronizationRegistry transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    Lease lease() throws SQLException {
        return connections.lease();
    }

    /** Locks outlive a statement only in a transaction: taking one outside would guard nothing. */
    void requireTransaction() {
        if (!connections.inUnit() && transactions.getTransactionKey() == null) {
            throw new IllegalStateException("a scan's locks are taken in a transaction");
        }
    }

    /** The failure of a statement: a nonce stored already, or the database's refusal. */
    static ScanFailure failure(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())
                    && String.valueOf(x.getMessage()).toLowerCase(Locale.ROOT).contains(NONCE_CONSTRAINT)) {
                return new ScanFailure.ReplayedNonce();
            }
        }
        return new ScanFailure.Database(e);
    }

    @Override
    public Optional<StoredScan> byNonce(String eventId, String nonce) {
        try (Lease c = lease(); PreparedStatement s = c.prepare(BY_NONCE)) {
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
            throw failure(e);
        }
    }

    @Override
    public int emptyHall(String eventId, String hall, LocalDate day, Instant at) {
        requireTransaction();
        try (Lease c = lease(); PreparedStatement s = c.prepare(EMPTY_HALL)) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, eventId);
            s.setString(3, hall);
            s.setObject(4, day);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs a statement that makes a row or adds to it (a count, a presence). */
    void makeOrAdd(PreparedStatement s) throws SQLException {
        s.executeUpdate();
    }

    /** The statement that adds to a gate's count, making its row on the day's first scan (bound by {@link #bindCount}). */
    abstract String countStatement();

    @Override
    public void count(Count count) {
        try (Lease c = lease(); PreparedStatement s = c.prepare(countStatement())) {
            bindCount(s, 1, count);
            makeOrAdd(s);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Room room(String eventId, String hall, LocalDate day) {
        try (Lease c = lease(); PreparedStatement s = c.prepare(ROOM)) {
            bindRoom(s, 1, eventId, hall, day);
            return room(s.executeQuery(), eventId, hall);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static Presence presence(ResultSet r) throws SQLException {
        try (r) {
            r.next();
            OffsetDateTime since = r.getObject(4, OffsetDateTime.class);
            return new Presence(r.getString(1), r.getObject(2, LocalDate.class), r.getString(3),
                    since == null ? null : since.toInstant(), r.getObject(5, LocalDate.class));
        }
    }

    static Room room(ResultSet r, String eventId, String hall) throws SQLException {
        try (r) {
            if (!r.next()) {
                throw new IllegalStateException("no gate_hall row for " + eventId + "/" + hall);
            }
            return new Room(r.getInt(1), r.getInt(2), r.getInt(3));
        }
    }

    static int bindCount(PreparedStatement s, int i, Count n) throws SQLException {
        s.setString(i, n.eventId());
        s.setString(i + 1, n.hall());
        s.setObject(i + 2, n.day());
        s.setString(i + 3, n.gateCode());
        s.setInt(i + 4, n.entries());
        s.setInt(i + 5, n.exits());
        return i + 6;
    }

    static int bindPlace(PreparedStatement s, int i, Placement p) throws SQLException {
        LocalDate inside = p.hall() == null ? null : p.day();
        s.setString(i, p.hall());
        s.setObject(i + 1, inside);
        s.setString(i + 2, p.gateCode());
        s.setTimestamp(i + 3, Timestamp.from(p.since()));
        s.setObject(i + 4, inside, java.sql.Types.DATE);
        s.setString(i + 5, p.badgeId());
        return i + 6;
    }

    /** Binds an arrival's row key, for the statement that adds one to it (making the row on the first). */
    static int bindArrival(PreparedStatement s, int i, Arrival a) throws SQLException {
        s.setString(i, a.eventId());
        s.setObject(i + 1, a.day());
        s.setString(i + 2, a.gateCode());
        s.setString(i + 3, a.hall());
        s.setString(i + 4, a.kind().name());
        s.setTimestamp(i + 5, Timestamp.from(a.quarterStart()));
        return i + 6;
    }

    static int bindRoom(PreparedStatement s, int i, String eventId, String hall, LocalDate day) throws SQLException {
        s.setObject(i, day);
        s.setString(i + 1, eventId);
        s.setString(i + 2, hall);
        return i + 3;
    }

    static int bindScan(PreparedStatement s, int i, NewScan scan) throws SQLException {
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
        return i + 16;
    }
}
