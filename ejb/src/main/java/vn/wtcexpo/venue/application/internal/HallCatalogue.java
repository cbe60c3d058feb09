package vn.wtcexpo.venue.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import vn.wtcexpo.infrastructure.cluster.ClusterSignal;
import vn.wtcexpo.infrastructure.cluster.ClusterSignals;
import vn.wtcexpo.infrastructure.persistence.AfterTransaction;
import vn.wtcexpo.venue.application.HallSummary;

/**
 * The public hall list, kept in memory: it is read on every catalogue page and {@code GET /api/halls},
 * and changes a few times a year. A change to any hall forgets it once its transaction has committed.
 * A reader that loaded the list while a change was in flight does not store it (the generation moved),
 * so a stale list is never kept. Every other server of a cluster forgets it when the change is committed
 * ({@link ClusterSignals}).
 */
@ApplicationScoped
public class HallCatalogue {

    static final String CHANGED = "venue.halls";

    private final AtomicLong generation = new AtomicLong();

    @Inject
    private ClusterSignals signals;
    private volatile Cached cached;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private record Cached(long generation, List<HallSummary> halls) {
    }

    public List<HallSummary> activeHalls(Supplier<List<HallSummary>> load) {
        Cached c = cached;
        long now = generation.get();
        if (c != null && c.generation() == now) {
            return c.halls();
        }
        List<HallSummary> halls = List.copyOf(load.get());
        if (generation.get() == now) {
            cached = new Cached(now, halls);
        }
        return halls;
    }

    /** Forgets the list now and again when the caller's transaction ends (committed or not). */
    public void changed() {
        forget();
        AfterTransaction.run(transactions, this::forget);
        signals.afterCommit(new ClusterSignal(CHANGED, ""));
    }

    /** A hall changed on another server of the cluster (or on this one: forgotten once more). */
    @PostConstruct
    void listen() {
        signals.on(CHANGED, any -> forget());
    }

    private void forget() {
        generation.incrementAndGet();
        cached = null;
    }
}
