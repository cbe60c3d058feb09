package vn.wtcexpo.gate.infrastructure;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.gate.model.ScanFailure;

class ScanLedgerFailureTest {

    @Test
    void aDuplicateOfTheNamedNonceConstraint_isAReplay_onPostgreSql() {
        assertInstanceOf(ScanFailure.ReplayedNonce.class, JdbcScanLedger.failure(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"gate_scan_nonce_once\"", "23505")));
    }

    @Test
    void aDuplicateOfTheNamedNonceConstraint_isAReplay_onH2() {
        assertInstanceOf(ScanFailure.ReplayedNonce.class, JdbcScanLedger.failure(new SQLException(
                "Unique index or primary key violation: \"PUBLIC.GATE_SCAN_NONCE_ONCE_INDEX_5 ON PUBLIC.GATE_SCAN(EVENT_ID, NONCE)\"",
                "23505")));
    }

    @Test
    void anotherDuplicate_evenOneThatSaysNonce_isTheDatabasesRefusal() {
        SQLException other = new SQLException("duplicate key value violates unique constraint \"some_nonce_key\"", "23505");
        ScanFailure f = JdbcScanLedger.failure(other);
        assertInstanceOf(ScanFailure.Database.class, f);
        assertSame(other, f.getCause());
    }

    @Test
    void aConnectionFailure_isTheDatabasesRefusal() {
        assertInstanceOf(ScanFailure.Database.class, JdbcScanLedger.failure(new SQLException("Connection refused", "08001")));
    }
}
