package vn.wtcexpo.gate.infrastructure;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.wtcexpo.shared.Connections;
import vn.wtcexpo.shared.Connections.Lease;

/**
 * The scan ledger on H2 (development and the demo): H2 has no shared locks, so a hall's entry lock is its
 * {@code gate_hall} row, locked for update, and a hall's entries queue on it; rows are made with {@code MERGE};
 * one statement per round trip (H2 runs in the server's process).
 */
final class H2ScanLedger extends JdbcScanLedger {

    private static final String LOCK_HALL = "SELECT capacity FROM gate_hall WHERE event_id = ? AND hall_code = ? FOR UPDATE";
    private static final String PRESENCE_MERGE = "MERGE INTO gate_presence t USING (VALUES (CAST(? AS VARCHAR(36)), "
            + "CAST(? AS VARCHAR(36)))) n (b, e) ON t.badge_id = n.b WHEN NOT MATCHED THEN INSERT (badge_id, event_id) "
            + "VALUES (n.b, n.e)";
    private static final String PRESENCE_LOCK = "SELECT hall_code, inside_day, gate_code, since, entered_day FROM gate_presence "
            + "WHERE badge_id = ? FOR UPDATE";
    private static final String COUNT_MERGE = "MERGE INTO gate_count t USING (VALUES (CAST(? AS VARCHAR(36)), "
            + "CAST(? AS VARCHAR(10)), CAST(? AS DATE), CAST(? AS VARCHAR(20)), CAST(? AS INTEGER), CAST(? AS INTEGER))) "
            + "n (e, h, d, g, i, o) ON t.event_id = n.e AND t.hall_code = n.h AND t.count_day = n.d AND t.gate_code = n.g "
            + "WHEN MATCHED THEN UPDATE SET entries = t.entries + n.i, exits = t.exits + n.o "
            + "WHEN NOT MATCHED THEN INSERT (event_id, hall_code, count_day, gate_code, entries, exits) "
            + "VALUES (n.e, n.h, n.d, n.g, n.i, n.o)";

    private static final String ARRIVAL_MERGE = "MERGE INTO gate_arrival t USING (VALUES (CAST(? AS VARCHAR(36)), "
            + "CAST(? AS DATE), CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(20)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE))) n (e, d, g, h, k, q) ON t.event_id = n.e AND t.arrival_day = n.d "
            + "AND t.gate_code = n.g AND t.badge_kind = n.k AND t.quarter_start = n.q "
            + "WHEN MATCHED THEN UPDATE SET arrivals = t.arrivals + 1 "
            + "WHEN NOT MATCHED THEN INSERT (event_id, arrival_day, gate_code, hall_code, badge_kind, quarter_start, arrivals) "
            + "VALUES (n.e, n.d, n.g, n.h, n.k, n.q, 1)";

    H2ScanLedger(Connections connections, TransactionSynchronizationRegistry transactions) {
        super(connections, transactions);
    }

    @Override
    public boolean sharedLocks() {
        return false;
    }

    @Override
    public void lockHall(String eventId, String hall) {
        requireTransaction();
        try (Lease c = lease(); PreparedStatement s = c.prepare(LOCK_HALL)) {
            s.setString(1, eventId);
            s.setString(2, hall);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Presence lockHallAndPresence(String eventId, String hall, String badgeId) {
        lockHall(eventId, hall);
        return lockPresence(badgeId, eventId);
    }

    @Override
    public Presence lockPresence(String badgeId, String eventId) {
        requireTransaction();
        try (Lease c = lease()) {
            try (PreparedStatement s = c.prepare(PRESENCE_MERGE)) {
                s.setString(1, badgeId);
                s.setString(2, eventId);
                makeOrAdd(s);
            }
            try (PreparedStatement s = c.prepare(PRESENCE_LOCK)) {
                s.setString(1, badgeId);
                return presence(s.executeQuery());
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * H2's {@code MERGE} is not atomic: when two first scans (of one badge, or of one gate on a day) both find no
     * row, both insert it and the later one is refused as a duplicate. H2 undoes only the refused statement, so the
     * merge runs again and now finds the row that the other scan made (PostgreSQL's {@code ON CONFLICT} needs no
     * second try).
     */
    @Override
    void makeOrAdd(PreparedStatement s) throws SQLException {
        try {
            s.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            s.executeUpdate();
        }
    }

    @Override
    String countStatement() {
        return COUNT_MERGE;
    }

    @Override
    public Entry enterShared(Count count, String badgeId) {
        throw new UnsupportedOperationException("entries share a hall's lock only on PostgreSQL");
    }

    /** The count, the move, the arrival and the scan, one statement each. */
    @Override
    public void store(NewScan scan, Count count, Placement placement, Arrival arrival) {
        if (count != null && count.takesBack()) {
            throw new IllegalArgumentException("a count is taken back only where entries share the lock");
        }
        if (count != null) {
            count(count);
        }
        try (Lease c = lease()) {
            if (placement != null) {
                try (PreparedStatement s = c.prepare(PLACE)) {
                    bindPlace(s, 1, placement);
                    s.executeUpdate();
                }
            }
            if (arrival != null) {
                try (PreparedStatement s = c.prepare(ARRIVAL_MERGE)) {
                    bindArrival(s, 1, arrival);
                    makeOrAdd(s);
                }
            }
            try (PreparedStatement s = c.prepare(INSERT_SCAN)) {
                bindScan(s, 1, scan);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
