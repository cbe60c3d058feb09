package vn.wtcexpo.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Text;

/**
 * An e-mail waiting to be sent, or sent, or given up on. It is stored in the same transaction as the
 * change it tells about (a change that rolls back sends nothing; a change that commits always gets its
 * e-mail, even if the SMTP server is down or the server stops), then a worker sends it with retries.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.dueIds", query = "select m.id from OutboxMessage m"
        + " where m.status = vn.wtcexpo.notification.model.OutboxStatus.PENDING and m.nextAttemptAt <= :now"
        // mail never tried yet (new, or sent again by the venue admin) before the retries of a backlog: after an
        // outage of the mail server, hundreds of retries come due at once and would hold back what people wait for
        + " order by m.attempts, m.nextAttemptAt")
@NamedQuery(name = "OutboxMessage.recent", query = "select m from OutboxMessage m order by m.createdAt desc")
@NamedQuery(name = "OutboxMessage.recentWithStatus",
        query = "select m from OutboxMessage m where m.status = :status order by m.createdAt desc")
@NamedQuery(name = "OutboxMessage.countByStatus", query = "select m.status, count(m) from OutboxMessage m group by m.status")
public class OutboxMessage {

    public static final int MAX_ATTEMPTS = 8;
    public static final int MAX_BODY = 20_000;
    /** The pause after the first failure, doubling after each further one (the test server shortens it). */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(2);

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** What to attach when sending, as a reference the context that made it resolves (e.g. {@code badge:<id>}). */
    @Column(length = 200)
    private String attachment;

    /** Kept in the outbox instead of sent: a demo run without an SMTP server. */
    @Column(nullable = false)
    private boolean kept;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this(recipient, subject, body, null, now);
    }

    /** A message with an attachment made when it is sent ({@code attachment} is a reference, not the file). */
    public OutboxMessage(String recipient, String subject, String body, String attachment, Instant now) {
        this.attachment = Text.optional("attachment", attachment, 200);
        this.id = UUID.randomUUID().toString();
        this.recipient = Text.required("recipient", recipient, 200);
        this.subject = Text.required("subject", subject, 300);
        this.body = Text.requiredLines("body", body, MAX_BODY);
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Whether the worker should try now. */
    public boolean isDueAt(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Kept where the venue admin reads it instead of handed to an SMTP server (a demo run has none): done with,
     * like a sent message, and marked so that nobody takes it for delivered.
     */
    public void kept(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
        kept = true;
    }

    /**
     * A failed attempt: tried again later ({@code firstRetry}, then twice as long each time, at most 2 hours
     * apart), given up after {@link #MAX_ATTEMPTS}: with the default of one minute, about four hours in all.
     */
    public void failed(String error, Instant now, Duration firstRetry) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
            return;
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** The venue admin sends it again: a failed or sent message goes back in line, due now. */
    public void resend(Instant now) {
        if (status == OutboxStatus.PENDING) {
            throw DomainException.conflict("OUTBOX_ALREADY_PENDING");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        kept = false;
    }

    public String id() { return id; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public String attachment() { return attachment; }
    public OutboxStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
    public boolean isKept() { return kept; }
}
