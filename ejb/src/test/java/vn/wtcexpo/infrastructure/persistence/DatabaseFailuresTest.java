package vn.wtcexpo.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class DatabaseFailuresTest {

    private static RuntimeException wrapped(SQLException e) {
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", e));
    }

    @Test
    void postgresDeadlock_isTransient() {
        assertTrue(DatabaseFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void postgresLockTimeout_isTransient() {
        assertTrue(DatabaseFailures.isTransient(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))));
    }

    @Test
    void lostConnection_isTransient() {
        assertTrue(DatabaseFailures.isTransient(wrapped(new SQLException("An I/O error occurred", "08006"))));
    }

    @Test
    void aPoolWithoutConnections_isTransient() {
        assertTrue(DatabaseFailures.isTransient(wrapped(new SQLException("Error in allocating a connection. Cause: Connection refused"))));
    }

    @Test
    void h2LockTimeout_isTransient() {
        assertTrue(DatabaseFailures.isTransient(wrapped(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
    }

    @Test
    void optimisticLockClash_isTransient() {
        assertTrue(DatabaseFailures.isTransient(new EJBException(new OptimisticLockException("changed meanwhile"))));
    }

    @Test
    void exclusionViolation_isAConstraintViolation_notTransient() {
        RuntimeException e = wrapped(new SQLException("conflicting key value violates exclusion constraint", "23P01"));
        assertTrue(DatabaseFailures.isConstraintViolation(e));
        assertFalse(DatabaseFailures.isTransient(e));
    }

    @Test
    void aBug_isNeither() {
        RuntimeException e = new IllegalStateException("bug");
        assertFalse(DatabaseFailures.isTransient(e));
        assertFalse(DatabaseFailures.isConstraintViolation(e));
    }

    @Test
    void aWriteTheGuardRefuses_becomesTheRefusal() {
        DomainException e = assertThrows(DomainException.class, () -> DatabaseFailures.guarded(() -> {
            throw new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"));
        }, () -> DomainException.conflict("BOOTH_TAKEN", "A-1")));
        assertEquals("BOOTH_TAKEN", e.code());
    }

    @Test
    void anyOtherFailure_goesOnAsItWas() {
        PersistenceException timeout = new PersistenceException(new SQLException("lock timeout", "55P03"));
        assertSame(timeout, assertThrows(PersistenceException.class, () -> DatabaseFailures.guarded(() -> {
            throw timeout;
        }, () -> DomainException.conflict("BOOTH_TAKEN", "A-1"))));
    }

    @Test
    void writesTheGuardLetsThrough_run() {
        int[] ran = {0};
        DatabaseFailures.guarded(() -> ran[0]++, () -> DomainException.conflict("BOOTH_TAKEN", "A-1"));
        assertEquals(1, ran[0]);
    }
}
