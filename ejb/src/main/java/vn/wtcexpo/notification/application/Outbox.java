package vn.wtcexpo.notification.application;

import java.util.List;
import java.util.Map;
import vn.wtcexpo.notification.model.OutboxStatus;

/**
 * The mail outbox. Other contexts hand it their e-mails inside their own transaction
 * ({@link #enqueue}); a worker sends them after commit, with retries; the venue admin sees what was
 * sent and what failed, and can send a message again.
 */
public interface Outbox {

    /** Stores an e-mail in the caller's transaction; it is sent once that transaction has committed. */
    void enqueue(String to, String subject, String body);

    /**
     * Stores an e-mail with an attachment that is made when the message is sent (never in the caller's
     * transaction): {@code attachmentRef} is resolved then by the {@link AttachmentSource} that knows it.
     */
    void enqueue(String to, String subject, String body, String attachmentRef);

    /** The latest messages, newest first, with a status or all. */
    List<OutboxEntry> recent(OutboxStatus status, int max);

    Map<OutboxStatus, Long> counts();

    /** Puts a sent or failed message back in line (venue admin). */
    OutboxEntry resend(String id);

    /**
     * The file a message carries, made now as it was (or would be) attached: the venue admin opens a kept or sent
     * message's badge as its recipient does.
     */
    AttachmentSource.Attachment attachment(String id);

    /** Sends what is due now; returns how many were sent. The worker's and the tests' entry. */
    int sendDue();
}
