package vn.wtcexpo.gate.infrastructure;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.wtcexpo.shared.Connections;
import vn.wtcexpo.shared.Connections.Lease;

/**
 * The scan ledger on PostgreSQL: a hall's entry lock is a transaction-scoped advisory lock, shared by entries far
 * from capacity; rows are made and locked with upserts; the statements of one step go to the database in one round
 * trip (the JDBC driver sends a multi-statement string as one message).
 */
final class PostgresScanLedger extends JdbcScanLedger {

    private static final int LOCK_SPACE = 0x6A7E; // the advisory lock space of hall entry locks

    private static final String LOCK_SHARED = "SELECT pg_advisory_xact_lock_shared(?, ?)";
    private static final String LOCK_EXCLUSIVE = "SELECT pg_advisory_xact_lock(?, ?)";
    private static final String PRESENCE_UPSERT = "INSERT INTO gate_presence (badge_id, event_id) VALUES (?, ?) "
            + "ON CONFLICT (badge_id) DO UPDATE SET event_id = EXCLUDED.event_id RETURNING hall_code, inside_day, gate_code, since, entered_day";
    private static final String COUNT_UPSERT = "INSERT INTO gate_count (event_id, hall_code, count_day, gate_code, entries, exits) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, hall_code, count_day, gate_code) DO UPDATE "
            + "SET entries = gate_count.entries + EXCLUDED.entries, exits = gate_count.exits + EXCLUDED.exits";
    private static final String ARRIVAL_UPSERT = "INSERT INTO gate_arrival (event_id, arrival_day, gate_code, hall_code, "
            + "badge_kind, quarter_start, arrivals) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (event_id, arrival_day, "
            + "gate_code, badge_kind, quarter_start) DO UPDATE SET arrivals = gate_arrival.arrivals + 1";
    private static final String COUNT_TAKE_BACK = "UPDATE gate_count SET entries = entries + ?, exits = exits + ? "
            + "WHERE event_id = ? AND hall_code = ? AND count_day = ? AND gate_code = ?";

    PostgresScanLedger(Connections connections, TransactionSynchronizationRegistry transactions) {
        super(connections, transactions);
    }

    @Override
    public boolean sharedLocks() {
        return true;
    }

    @Override
    public void lockHall(String eventId, String hall) {
        requireTransaction();
        try (Lease c = lease(); PreparedStatement s = c.prepare(LOCK_EXCLUSIVE)) {
            bindLock(s, 1, eventId, hall);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Presence lockHallAndPresence(String eventId, String hall, String badgeId) {
        requireTransaction();
        try (Lease c = lease(); PreparedStatement s = c.prepare(LOCK_EXCLUSIVE + "; " + PRESENCE_UPSERT)) {
            int i = bindLock(s, 1, eventId, hall);
            s.setString(i, badgeId);
            s.setString(i + 1, eventId);
            s.execute();
            return presence(next(s));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Presence lockPresence(String badgeId, String eventId) {
        requireTransaction();
        // one statement: made if missing, locked either way, read back
        try (Lease c = lease(); PreparedStatement s = c.prepare(PRESENCE_UPSERT)) {
            s.setString(1, badgeId);
            s.setString(2, eventId);
            return presence(s.executeQuery());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    String countStatement() {
        return COUNT_UPSERT;
    }

    @Override
    public Entry enterShared(Count count, String badgeId) {
        requireTransaction();
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
            throw failure(e);
        }
    }

    /** The count, the move, the arrival and the scan in one round trip. */
    @Override
    public void store(NewScan scan, Count count, Placement placement, Arrival arrival) {
        String sql = (count == null ? "" : (count.takesBack() ? COUNT_TAKE_BACK : COUNT_UPSERT) + "; ")
                + (placement == null ? "" : PLACE + "; ") + (arrival == null ? "" : ARRIVAL_UPSERT + "; ") + INSERT_SCAN;
        try (Lease c = lease(); PreparedStatement s = c.prepare(sql)) {
            int i = 1;
            if (count != null) {
                i = count.takesBack() ? bindTakeBack(s, i, count) : bindCount(s, i, count);
            }
            if (placement != null) {
                i = bindPlace(s, i, placement);
            }
            if (arrival != null) {
                i = bindArrival(s, i, arrival);
            }
            bindScan(s, i, scan);
            s.execute();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static int bindLock(PreparedStatement s, int i, String eventId, String hall) throws SQLException {
        s.setInt(i, LOCK_SPACE);
        s.setInt(i + 1, (eventId + '/' + hall).hashCode());
        return i + 2;
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

    /** The rows of the next statement of those sent in one round trip (the current result is closed). */
    private static ResultSet next(PreparedStatement s) throws SQLException {
        if (!s.getMoreResults()) {
            throw new IllegalStateException("no rows from the next statement");
        }
        return s.getResultSet();
    }
}
