package vn.wtcexpo.event.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.wtcexpo.event.model.EventRepository;
import vn.wtcexpo.infrastructure.cluster.ClusterSignal;
import vn.wtcexpo.infrastructure.cluster.ClusterSignals;
import vn.wtcexpo.infrastructure.persistence.AfterTransaction;
import vn.wtcexpo.shared.DomainException;

/**
 * Events as committed, kept for a few seconds, for what reads an event on every call: a gate reads its event's
 * days, hours and badge types with every scan. A change made through this server drops its event at once and again
 * when the changing transaction ends; every other server of a cluster drops it when the change is committed
 * ({@link ClusterSignals}), and should that signal be lost, within {@link #TIME_TO_LIVE}. A plain CDI bean, not a session bean: it runs in its caller's transaction, if any, and
 * only reads.
 */
@ApplicationScoped
public class EventDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 1_000;
    static final String CHANGED = "event.changed";

    @Inject
    private ClusterSignals signals;

    @Inject
    private EventRepository events;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private record Kept(EventSummary event, long until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Moves with every change: an event read before a change is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    /** The event as last committed; EVENT_NOT_FOUND if there is none of that id. */
    public EventSummary committed(String id) {
        long now = System.nanoTime();
        Kept k = id == null ? null : kept.get(id);
        if (k != null && k.until() - now > 0) {
            return k.event();
        }
        long seen = changes.get();
        EventSummary event = EventSummary.of(events.findCommitted(id)
                .orElseThrow(() -> DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(id))));
        if (changes.get() == seen) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(id, new Kept(event, now + TIME_TO_LIVE.toNanos()));
        }
        return event;
    }

    /** The event is about to change in the caller's transaction: forget it now, and again when that ends. */
    public void changing(String id) {
        forget(id);
        AfterTransaction.run(transactions, () -> forget(id));
        signals.afterCommit(new ClusterSignal(CHANGED, id));
    }

    /** An event changed on another server of the cluster (or on this one: dropped once more, which is harmless). */
    @PostConstruct
    void listen() {
        signals.on(CHANGED, this::forget);
    }

    private void forget(String id) {
        changes.incrementAndGet();
        kept.remove(id);
    }
}
