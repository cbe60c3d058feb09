package vn.wtcexpo.notification.application;

import java.time.Instant;
import vn.wtcexpo.notification.model.OutboxMessage;
import vn.wtcexpo.notification.model.OutboxStatus;

/** A message of the outbox as the venue admin sees it. */
public record OutboxEntry(String id, String recipient, String subject, String body, OutboxStatus status, int attempts,
                          Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, boolean kept,
                          boolean hasAttachment) {

    public static OutboxEntry of(OutboxMessage m) {
        return new OutboxEntry(m.id(), m.recipient(), m.subject(), m.body(), m.status(), m.attempts(), m.nextAttemptAt(),
                m.lastError(), m.createdAt(), m.sentAt(), m.isKept(), m.attachment() != null);
    }
}
