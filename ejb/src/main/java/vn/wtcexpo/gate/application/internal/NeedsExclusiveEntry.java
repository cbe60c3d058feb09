package vn.wtcexpo.gate.application.internal;

import jakarta.ejb.ApplicationException;

/**
 * An entry under the hall's shared lock found the hall too close to capacity to be sure of it: the transaction
 * rolls back and the scan is decided again under the exclusive lock.
 */
@ApplicationException(rollback = true)
public class NeedsExclusiveEntry extends RuntimeException {
    public NeedsExclusiveEntry() {
        super(null, null, false, false);
    }
}
