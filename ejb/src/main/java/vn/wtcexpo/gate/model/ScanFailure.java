package vn.wtcexpo.gate.model;

import java.sql.SQLException;

/**
 * Why a scan's transaction stopped before it committed: the one family of the scan path. Its unit of work
 * ({@link ScanUnit}) has rolled back when one reaches the caller, which then answers from the stored scan
 * ({@link ReplayedNonce}), decides again under the hall's exclusive lock ({@link NeedsExclusiveEntry}), or gives up
 * ({@link Database}: the 503 of a database that is down or refuses; its cause is the driver's).
 */
public abstract sealed class ScanFailure extends RuntimeException
        permits ScanFailure.ReplayedNonce, ScanFailure.NeedsExclusiveEntry, ScanFailure.Database {

    ScanFailure(Throwable cause, boolean stackTrace) {
        super(null, cause, false, stackTrace);
    }

    /** The scan's nonce is stored already (the client sent it again, or at the same moment on another connection). */
    public static final class ReplayedNonce extends ScanFailure {
        public ReplayedNonce() {
            super(null, false);
        }
    }

    /**
     * An entry under the hall's shared lock found the hall too close to capacity to be sure of it: it is decided again
     * under the exclusive lock.
     */
    public static final class NeedsExclusiveEntry extends ScanFailure {
        public NeedsExclusiveEntry() {
            super(null, false);
        }
    }

    /** The database refused a statement, the begin or the commit of the scan's transaction. */
    public static final class Database extends ScanFailure {
        public Database(SQLException cause) {
            super(cause, true);
        }
    }
}
