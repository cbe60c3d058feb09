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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.notification.application.Outbox;

/**
 * Sends the outbox: right after a transaction that queued e-mail has committed (one wake-up at a time,
 * however many e-mails were queued), and every 15 seconds for the retries that have come due. One
 * sender runs at a time on a server; a wake-up during a run makes it go round once more.
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

    @Inject
    private Outbox outbox;

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
        run();
    }

    private void run() {
        if (!sending.compareAndSet(false, true)) {
            again.set(true); // the running sender goes round once more
            return;
        }
        try {
            do {
                again.set(false);
                outbox.sendDue();
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the mail outbox failed; it runs again shortly", e);
        } finally {
            sending.set(false);
        }
    }
}
