package vn.wtcexpo.rest.notification;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import vn.wtcexpo.notification.application.OutboxEntry;
import vn.wtcexpo.rest.ApiTime;

/**
 * An e-mail of the outbox, as the venue admin sees it; {@code kept}: a demo run kept it here instead of sending it
 * ({@code status} SENT, never delivered).
 */
@JsonbPropertyOrder({"id", "to", "subject", "status", "kept", "attempts", "createdAt", "sentAt", "nextAttemptAt", "lastError", "body"})
public record OutboxJson(String id, String to, String subject, String status, boolean kept, int attempts, OffsetDateTime createdAt,
                         OffsetDateTime sentAt, OffsetDateTime nextAttemptAt, String lastError, String body) {

    static OutboxJson of(OutboxEntry e) {
        return new OutboxJson(e.id(), e.recipient(), e.subject(), e.status().name(), e.kept(), e.attempts(),
                ApiTime.out(e.createdAt()), ApiTime.out(e.sentAt()),
                e.status().name().equals("PENDING") ? ApiTime.out(e.nextAttemptAt()) : null, e.lastError(), e.body());
    }
}
