package vn.wtcexpo.gate.model;

import java.util.function.Supplier;

/**
 * A scan's unit of work: one connection with its own local transaction, outside JTA (the scan path is the busiest
 * of the house; a session bean's transaction manager and a second pooled connection cost more than its statements).
 * {@link #run} owns it whole: it begins, runs the work (the {@link ScanLedger}'s statements and the badge's read join
 * it), commits, and rolls back when the work throws; nobody else commits or rolls back. Implemented in the
 * infrastructure.
 */
public interface ScanUnit {

    /**
     * Runs {@code work} in a new unit and commits it; a {@link RuntimeException} of the work rolls it back and goes to
     * the caller as it is.
     *
     * @throws IllegalStateException inside a JTA transaction or another unit (a scan is its own transaction)
     * @throws ScanFailure.Database when the database refuses to begin or to commit
     */
    <T> T run(Supplier<T> work);
}
