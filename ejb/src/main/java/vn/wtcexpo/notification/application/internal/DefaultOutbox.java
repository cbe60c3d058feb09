package vn.wtcexpo.notification.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.wtcexpo.infrastructure.security.Replay;
import vn.wtcexpo.notification.application.AttachmentSource;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.notification.application.OutboxEntry;
import vn.wtcexpo.notification.model.OutboxMessage;
import vn.wtcexpo.notification.model.OutboxRepository;
import vn.wtcexpo.notification.model.OutboxStatus;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

@Stateless
@Local(Outbox.class)
@LocalBean // sendOne is called on itself: one transaction per message
public class DefaultOutbox implements Outbox {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(DefaultOutbox.class.getName());
    private static final int BATCH = 100;
    private static final Duration MAX_RUN = Duration.ofSeconds(10);

    @Inject
    private OutboxRepository messages;

    @Inject
    private MailSender sender;

    @Inject
    private Event<MessageQueued> queued;

    @Resource
    private SessionContext context;

    @Inject
    @Any
    private Instance<AttachmentSource> sources;

    @Inject
    @ConfigProperty(name = "wtcexpo.outbox.first-retry-seconds", defaultValue = "60")
    private long firstRetrySeconds;

    /**
     * {@code smtp} (the default): hand each message to the mail session's SMTP server. {@code keep}: keep it in the
     * outbox, where the venue admin reads it with its attachment (the demo run, which has no SMTP server).
     */
    @Inject
    @ConfigProperty(name = "wtcexpo.mail.delivery", defaultValue = "smtp")
    private String delivery;

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String to, String subject, String body) {
        enqueue(to, subject, body, null);
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String to, String subject, String body, String attachmentRef) {
        OutboxMessage m = new OutboxMessage(to, subject, body, attachmentRef, now());
        if (Replay.current().isPresent()) {
            // a replayed use case (the demo data) belongs to the past: its e-mail is kept, as if delivery were "keep"
            m.kept(m.createdAt());
            messages.add(m);
            return;
        }
        messages.add(m);
        queued.fire(new MessageQueued());
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public List<OutboxEntry> recent(OutboxStatus status, int max) {
        return messages.recent(status, Math.max(1, Math.min(max, 1000))).stream().map(OutboxEntry::of).toList();
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public Map<OutboxStatus, Long> counts() {
        return messages.counts();
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public OutboxEntry resend(String id) {
        OutboxMessage m = messages.lock(id == null ? "" : id)
                .orElseThrow(() -> DomainException.notFound("OUTBOX_MESSAGE_NOT_FOUND"));
        m.resend(now());
        queued.fire(new MessageQueued());
        return OutboxEntry.of(m);
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        int sent = 0;
        long stop = System.nanoTime() + MAX_RUN.toNanos();
        List<String> due;
        do {
            due = messages.dueIds(now(), BATCH);
            for (String id : due) {
                try {
                    if (self().sendOne(id)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // another server or worker has this message, or the database is away: the next round takes it
                    LOG.fine(() -> "Outbox message " + id + " skipped this round: " + e);
                }
            }
            // a full batch means more may be waiting: go on, for a bounded time (a backlog drains in minutes)
        } while (due.size() == BATCH && System.nanoTime() < stop);
        return sent;
    }

    /** Sends one due message, in its own transaction with its row locked; false if it was not due any more. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOne(String id) {
        OutboxMessage m = messages.lock(id).orElse(null);
        Instant now = now();
        if (m == null || !m.isDueAt(now)) {
            return false;
        }
        if ("keep".equalsIgnoreCase(delivery.strip())) {
            m.kept(now);
            return true;
        }
        String failure = send(m);
        if (failure == null) {
            m.sent(now);
            return true;
        }
        m.failed(failure, now, Duration.ofSeconds(Math.max(1, firstRetrySeconds)));
        if (m.status() == OutboxStatus.FAILED) {
            LOG.warning(() -> "E-mail to " + m.recipient() + " (" + m.subject() + ") given up after " + m.attempts()
                    + " attempts: " + failure);
        } else {
            LOG.info(() -> "E-mail to " + m.recipient() + " not sent (attempt " + m.attempts() + "), tried again at "
                    + m.nextAttemptAt() + ": " + failure);
        }
        return false;
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public AttachmentSource.Attachment attachment(String id) {
        OutboxMessage m = messages.find(id == null ? "" : id).filter(x -> x.attachment() != null)
                .orElseThrow(() -> DomainException.notFound("OUTBOX_MESSAGE_NOT_FOUND"));
        return attachmentOf(m.attachment());
    }

    private String send(OutboxMessage m) {
        String ref = m.attachment();
        return sender.send(m.recipient(), m.subject(), m.body(), ref == null ? null : () -> {
            try {
                return attachmentOf(ref);
            } catch (RuntimeException e) {
                throw new IllegalStateException(ref + ": " + e, e);
            }
        });
    }

    /** The attachment a message refers to, made now by the context that knows the reference; null for none. */
    private AttachmentSource.Attachment attachmentOf(String ref) {
        if (ref == null) {
            return null;
        }
        for (AttachmentSource source : sources) {
            if (source.knows(ref)) {
                return source.attachment(ref);
            }
        }
        throw new IllegalStateException("nobody makes " + ref);
    }

    private DefaultOutbox self() {
        return context.getBusinessObject(DefaultOutbox.class);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
