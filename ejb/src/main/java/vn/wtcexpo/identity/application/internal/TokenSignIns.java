package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.infrastructure.cluster.ClusterSignal;
import vn.wtcexpo.infrastructure.cluster.ClusterSignals;
import vn.wtcexpo.infrastructure.persistence.AfterTransaction;

/**
 * API tokens that were found valid a moment ago, by the hash of their secret: a script or a partner system
 * sends its token with every call, and reading the token, its account and the account's roles each time cost
 * three statements before the call did anything. An entry lives {@link #TIME_TO_LIVE} at most and never beyond
 * the token's own expiry. Revoking a token or disabling an account on this server drops its entries at once, and
 * on every server of a cluster once committed ({@link ClusterSignals}; within {@link #TIME_TO_LIVE} should a signal
 * be lost).
 */
@ApplicationScoped
public class TokenSignIns {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;
    static final String TOKEN_ENDED = "identity.token-ended";
    static final String ACCOUNT_ENDED = "identity.account-ended";

    @Inject
    private ClusterSignals signals;

    /** Who a token signs in, and until when this server may believe it without asking the database. */
    record Entry(String tokenId, String username, Set<String> roles, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The entry for a token hash, if it is still fresh at {@code now}. */
    Entry fresh(String hash, Instant now) {
        Entry e = entries.get(hash);
        return e != null && e.until().isAfter(now) ? e : null;
    }

    void remember(String hash, String tokenId, String username, Set<String> roles, Instant tokenExpiresAt, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        Instant until = now.plus(TIME_TO_LIVE);
        entries.put(hash, new Entry(tokenId, username, Set.copyOf(roles),
                tokenExpiresAt.isBefore(until) ? tokenExpiresAt : until));
    }

    /** Forgets one token (revoked): now, and again when the revoking transaction ends. */
    void forgetToken(String tokenId) {
        forget(e -> e.tokenId().equals(tokenId));
        signals.afterCommit(new ClusterSignal(TOKEN_ENDED, tokenId));
    }

    /** Forgets every token of an account (disabled): now, and again when the disabling transaction ends. */
    void forgetAccount(String username) {
        forget(e -> e.username().equals(username));
        signals.afterCommit(new ClusterSignal(ACCOUNT_ENDED, username));
    }

    /** A token revoked or an account disabled, here or on another server of the cluster, after its commit. */
    @PostConstruct
    void listen() {
        signals.on(TOKEN_ENDED, tokenId -> entries.values().removeIf(e -> e.tokenId().equals(tokenId)));
        signals.on(ACCOUNT_ENDED, username -> entries.values().removeIf(e -> e.username().equals(username)));
    }

    // a call that read the token from the database before the change committed may have put it back meanwhile
    private void forget(java.util.function.Predicate<Entry> which) {
        entries.values().removeIf(which);
        AfterTransaction.run(transactions, () -> entries.values().removeIf(which));
    }
}
