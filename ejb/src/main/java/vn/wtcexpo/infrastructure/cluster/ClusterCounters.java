package vn.wtcexpo.infrastructure.cluster;

import com.hazelcast.config.MapConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counters that every server of the cluster shares: a map of Payara's Domain Data Grid ({@value #MAP}), whose entries
 * the grid forgets {@value #KEEP_SECONDS} s after their last change. Meant for budgets that may be a little off under a
 * network partition (rate limits), never for an invariant: those are PostgreSQL's. Without a grid the map is this
 * server's, which is then all there is.
 */
@ApplicationScoped
public class ClusterCounters {

    static final String MAP = "wtcexpo.rate-counts";
    /** Longer than two windows of the longest limit (an hour). */
    public static final int KEEP_SECONDS = 2 * 3600 + 60;
    private static final Logger LOG = Logger.getLogger(ClusterCounters.class.getName());

    private final ConcurrentMap<String, Long> local = new ConcurrentHashMap<>();
    private volatile ConcurrentMap<String, Long> shared;

    @PostConstruct
    void join() {
        DataGrid.running("rate limits").ifPresent(grid -> {
            try {
                grid.getConfig().addMapConfig(new MapConfig(MAP).setTimeToLiveSeconds(KEEP_SECONDS));
            } catch (RuntimeException e) {
                // configured already (by another server, the same way) or not configurable: entries still carry
                // their window in the key, so an old one is never read again
                LOG.log(Level.FINE, "rate counts map config", e);
            }
            try {
                shared = grid.getMap(MAP);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "No data grid: rate limits stay on this server ({0})", e.toString());
            }
        });
    }

    /** The cluster's counters (this server's without a grid). Its operations may fail while the grid is unwell. */
    public ConcurrentMap<String, Long> shared() {
        ConcurrentMap<String, Long> s = shared;
        return s != null ? s : local;
    }

    /** This server's own counters: what to count on while the grid cannot be reached. */
    public ConcurrentMap<String, Long> local() {
        return local;
    }

    /** Whether the counters are the cluster's (false on a server without a data grid). */
    public boolean clustered() {
        return shared != null;
    }
}
