package vn.wtcexpo.gate.application.internal;

import jakarta.ejb.ApplicationException;

/** The scan's nonce was stored by another scan while this one was decided: roll back and answer as that one did. */
@ApplicationException(rollback = true)
public class ReplayedNonce extends RuntimeException {
    public ReplayedNonce() {
        super(null, null, false, false);
    }
}
