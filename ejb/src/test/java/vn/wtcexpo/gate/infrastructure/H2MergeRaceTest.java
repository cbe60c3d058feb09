package vn.wtcexpo.gate.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** The first scans of one badge (or one gate on a day) at the same moment, on H2: the later merge runs again. */
class H2MergeRaceTest {

    private final H2ScanLedger ledger = new H2ScanLedger(null, null);

    @Test
    void aMergeRefusedAsADuplicate_runsAgainAndFindsTheRow() throws SQLException {
        Statement s = new Statement(new SQLException("Unique index or primary key violation: GATE_PRESENCE", "23505"));
        ledger.makeOrAdd(s.proxy());
        assertEquals(2, s.runs);
    }

    @Test
    void anyOtherRefusal_goesOnAsItWas() {
        SQLException timeout = new SQLException("Timeout trying to lock table", "HYT00");
        Statement s = new Statement(timeout);
        assertSame(timeout, assertThrows(SQLException.class, () -> ledger.makeOrAdd(s.proxy())));
        assertEquals(1, s.runs);
    }

    @Test
    void aSecondDuplicate_isNotTriedAThirdTime() {
        Statement s = new Statement(new SQLException("dup", "23505"), new SQLException("dup again", "23505"));
        assertThrows(SQLException.class, () -> ledger.makeOrAdd(s.proxy()));
        assertEquals(2, s.runs);
    }

    /** A statement whose runs fail with the given refusals, then succeed. */
    private static final class Statement {
        final Deque<SQLException> refusals = new ArrayDeque<>();
        int runs;

        Statement(SQLException... refusals) {
            this.refusals.addAll(java.util.List.of(refusals));
        }

        PreparedStatement proxy() {
            return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (p, method, args) -> {
                        if (!method.getName().equals("executeUpdate")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        runs++;
                        if (!refusals.isEmpty()) {
                            throw refusals.pop();
                        }
                        return 1;
                    });
        }
    }
}
