package vn.wtcexpo.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Payara's Domain Data Grid of this server, when it has one that runs (not on a server with the grid switched off). */
final class DataGrid {

    private static final String JNDI = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private DataGrid() {
    }

    static Optional<HazelcastInstance> running(String purpose) {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup(JNDI);
            if (grid != null && grid.getLifecycleService().isRunning()) {
                return Optional.of(grid);
            }
            LOG.info(() -> "No data grid: " + purpose + " stay on this server");
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "No data grid: {0} stay on this server ({1})", new Object[] {purpose, e.toString()});
        }
        return Optional.empty();
    }
}
