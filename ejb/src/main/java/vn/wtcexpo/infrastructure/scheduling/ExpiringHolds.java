package vn.wtcexpo.infrastructure.scheduling;

import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;

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

    /**
     * Runs {@code expireOne} (its own transaction) on each due hold; returns how many it expired. A hold whose rows
     * another writer has locked (a transient failure) is left for the next run; any other failure stops the run.
     */
    static int expireEach(java.util.List<String> dueIds, java.util.function.Predicate<String> expireOne) {
        int expired = 0;
        for (String id : dueIds) {
            try {
                if (expireOne.test(id)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isTransient(e)) {
                    throw e;
                }
            }
        }
        return expired;
    }
}
