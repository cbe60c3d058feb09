package vn.wtcexpo.notification.application.internal;

import jakarta.ejb.Asynchronous;
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
 * however many e-mails were queued), and every 15 seconds for the retries that have come due.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private final AtomicBoolean woken = new AtomicBoolean();

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
        try {
            outbox.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the mail outbox failed; it runs again shortly", e);
        }
    }
}
