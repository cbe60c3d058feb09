package vn.wtcexpo.infrastructure.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.wtcexpo.infrastructure.persistence.DatabaseDialect;
import vn.wtcexpo.infrastructure.persistence.Dialect;

/**
 * Who of the servers of a cluster does a piece of shared work, decided by PostgreSQL (never by the data grid, whose
 * locks are not safe when the network splits). A lease is a row of {@code cluster_lease}: the server that holds it
 * renews it on each round; when that server is gone, the lease runs out and the next server to ask takes it.
 */
@Stateless
@PermitAll
public class ClusterLeases {

    /** The turn that servers starting together take to set the database up (the demo data, the first admin). */
    public static final String STARTUP = "startup";

    private static final String TAKE = "UPDATE cluster_lease SET holder = ?1, held_until = ?2 "
            + "WHERE name = ?3 AND (holder = ?4 OR held_until < ?5)";
    /** A task's first lease: made by the first server that asks (two at once: one of them gets a duplicate key). */
    private static final String FIRST = "INSERT INTO cluster_lease (name, holder, held_until) "
            + "SELECT ?1, ?2, ?3 FROM cluster_lease WHERE name = 'startup' "
            + "AND NOT EXISTS (SELECT 1 FROM cluster_lease WHERE name = ?4)";
    private static final String TURN = "SELECT name FROM cluster_lease WHERE name = ?1 FOR UPDATE";

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DatabaseDialect dialect;

    /**
     * Takes or renews the lease of {@code task} for {@code length}, in a transaction of its own; true when this
     * server holds it now and is to do the round. A lease only moves once it has run out: a server that has
     * stopped answering holds it for at most {@code length} more.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hold(String task, Duration length) {
        return holdAs(ServerName.THIS, task, length, clock.instant());
    }

    /**
     * {@link #hold} as the server {@code server} at {@code now}: what every server of a cluster does on its round
     * (the tests play several servers with it).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean holdAs(String server, String task, Duration length, Instant now) {
        Timestamp until = Timestamp.from(now.plus(length));
        if (em.createNativeQuery(TAKE)
                .setParameter(1, server)
                .setParameter(2, until)
                .setParameter(3, task)
                .setParameter(4, server)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate() == 1) {
            return true;
        }
        return em.createNativeQuery(FIRST)
                .setParameter(1, task)
                .setParameter(2, server)
                .setParameter(3, until)
                .setParameter(4, task)
                .executeUpdate() == 1;
    }

    /**
     * Waits, in the caller's transaction, until no other server is in the turn {@code name}: servers that start
     * together set the database up one after another, each seeing what the one before it committed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void takeTurn(String name) {
        if (dialect.get() == Dialect.POSTGRESQL) {
            // the pool's 5 s lock timeout is for requests; the server before this one may take a minute
            em.createNativeQuery("SET LOCAL lock_timeout TO '300s'").executeUpdate();
        }
        em.createNativeQuery(TURN).setParameter(1, name).getResultList();
    }
}
