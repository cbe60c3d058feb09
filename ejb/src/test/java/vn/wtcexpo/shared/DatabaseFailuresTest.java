package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

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
}
