package vn.wtcexpo.shared;

/**
 * Holds that lapse at a moment unless confirmed: a hall held at its option date, a booth held for a company. One
 * timer expires them all ({@code infrastructure.scheduling.HoldExpiryTimer}); each kind expires its due holds in
 * small transactions of its own, in its own lock order.
 */
public interface ExpiringHolds {

    /** What is held, for the log: {@code hall}, {@code booth}. */
    String holdKind();

    /** Expires the holds whose time is up; returns how many. */
    int expireDueHolds();
}
