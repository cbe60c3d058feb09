package vn.wtcexpo.notification.application.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.cluster.ClusterLeases;
import vn.wtcexpo.notification.application.Outbox;

/**
 * Sends the outbox: right after a transaction that queued e-mail has committed, on the server where it committed
 * (one wake-up at a time, however many e-mails were queued), and every 15 seconds for the retries that have come due,
 * on one server of a cluster: the one holding the lease {@value #LEASE}. One sender runs at a time on a server; a
 * wake-up during a run makes it go round once more. Two servers sending at once never send an e-mail twice: each
 * e-mail is sent under its row's lock ({@code Outbox.sendOne}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// no container lock: a container-managed singleton made every committing request queue behind a running
// sender (measured: bookings waited seconds while mail went out); the flags below are all it needs
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private final AtomicBoolean woken = new AtomicBoolean();
    /** One sender at a time on this server: two would only queue for the same rows and connections. */
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    static final String LEASE = "mail-outbox";
    static final Duration LEASE_LENGTH = Duration.ofSeconds(40);

    @Inject
    private Outbox outbox;

    @Inject
    private ClusterLeases leases;

    @Inject
    private OutboxWorker self;

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        if (woken.compareAndSet(false, true)) {
            self.sendSoon();
        }
    }

    @Asynchronous
    public void sendSoon() {
        woken.set(false);
        run();
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "mail outbox")
    void everyFifteenSeconds() {
        try {
            if (!leases.hold(LEASE, LEASE_LENGTH)) {
                return; // another server's round
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail outbox's round is skipped: the database is away; it runs again shortly", e);
            return;
        }
        run();
    }

    /**
     * Goes round while there are wake-ups: one that comes while a run is finishing is seen after the run lets go
     * (before, it could be lost, and its e-mail waited for the next 15-second round).
     */
    void run() {
        again.set(true);
        while (again.get() && sending.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    outbox.sendDue();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending the mail outbox failed; it runs again shortly", e);
            } finally {
                sending.set(false);
            }
        }
    }
}
