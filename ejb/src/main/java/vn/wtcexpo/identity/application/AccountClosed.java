package vn.wtcexpo.identity.application;

/**
 * An account was disabled: every credential it handed out dies with it, in the transaction that disabled it (its
 * API tokens and sessions here; the gate and lead scanners it paired, in the gate context).
 */
public record AccountClosed(String username) {
}
