package vn.wtcexpo.infrastructure.cluster;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.persistence.AfterTransaction;

/**
 * Tells every server of the cluster that something changed, so that each drops what it keeps of it: a topic of
 * Payara's Domain Data Grid ({@value #TOPIC}), heard on every server by the listeners that the keeping beans register
 * for their subject ({@link #on}). The grid only carries the news; what changed is always read again from the
 * database. Without a grid (one server, or the grid switched off) a signal reaches this server only, which is then
 * all there is.
 *
 * <p>Listeners, not CDI observers: a bean that CDI first made on the grid's thread (to deliver a signal to it) was
 * left without its injections on Payara 6 (seen in the cluster tests: {@code @Inject} and {@code @Resource} fields
 * null); a listener is a bean that exists already, and dropping an entry needs nothing else.
 */
@ApplicationScoped
public class ClusterSignals {

    static final String TOPIC = "wtcexpo.signals";
    private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile ITopic<String> topic;
    private UUID listener;
    private UUID self;

    @PostConstruct
    void join() {
        DataGrid.running("cache drops").ifPresent(grid -> {
            try {
                self = grid.getCluster().getLocalMember().getUuid();
                ITopic<String> t = grid.getTopic(TOPIC);
                listener = t.addMessageListener(this::heard);
                topic = t;
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "No data grid: cache drops stay on this server ({0})", e.toString());
            }
        });
    }

    /** {@code drop} is called with the key of every signal of {@code subject}, from this server or another. */
    public void on(String subject, Consumer<String> drop) {
        listeners.computeIfAbsent(subject, k -> new CopyOnWriteArrayList<>()).add(drop);
    }

    /** Joins the topic as the application starts: a server that never sent a signal still hears the others'. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine(() -> "Cluster signals " + (topic != null ? "over the data grid" : "on this server only"));
    }

    @PreDestroy
    void leave() {
        ITopic<String> t = topic;
        topic = null;
        if (t != null && listener != null) {
            try {
                t.removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.fine(() -> "Leaving the signal topic: " + e);
            }
        }
    }

    /**
     * Sends {@code signal} to every server, this one included, once the caller's transaction has ended (at once without
     * one): a server that drops its copy before the change is committed could read the old state again. A rolled-back
     * transaction sends it too ({@link AfterTransaction} runs either way): a needless drop costs one read.
     */
    public void afterCommit(ClusterSignal signal) {
        if (transactions.getTransactionKey() == null) {
            send(signal);
        } else {
            AfterTransaction.run(transactions, () -> send(signal));
        }
    }

    /** Sends {@code signal} to every server now, this one included. */
    public void send(ClusterSignal signal) {
        deliver(signal);
        ITopic<String> t = topic;
        if (t != null) {
            try {
                t.publish(signal.encoded());
            } catch (RuntimeException e) {
                // the other servers' caches still end their entries on time (seconds); nothing is lost but speed
                LOG.log(Level.WARNING, "A cache drop could not reach the other servers", e);
            }
        }
    }

    /** Whether signals reach the other servers of a cluster (false on a server without a data grid). */
    public boolean clustered() {
        return topic != null;
    }

    private void heard(Message<String> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().getUuid().equals(self)) {
            return; // this server's own signal, fired already
        }
        try {
            deliver(ClusterSignal.decoded(message.getMessageObject()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A signal from another server failed here: " + message.getMessageObject(), e);
        }
    }

    private void deliver(ClusterSignal signal) {
        for (Consumer<String> drop : listeners.getOrDefault(signal.subject(), List.of())) {
            try {
                drop.accept(signal.key());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A cache drop failed: " + signal, e);
            }
        }
    }
}
