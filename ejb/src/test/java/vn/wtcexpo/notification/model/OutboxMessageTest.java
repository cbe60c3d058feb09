package vn.wtcexpo.notification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2027-03-01T01:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static OutboxMessage message() {
        return new OutboxMessage("lan@example.vn", "Đã giữ chỗ / Hold placed", "Xin chào\nHello", T0);
    }

    @Test
    void aNewMessage_isDueAtOnce() {
        assertTrue(message().isDueAt(T0));
    }

    @Test
    void failures_backOffDoublingFromTheFirstRetry() {
        OutboxMessage m = message();
        m.failed("Connection refused", T0, MINUTE);
        assertEquals(T0.plus(MINUTE), m.nextAttemptAt());
        m.failed("Connection refused", T0, MINUTE);
        assertEquals(T0.plus(MINUTE.multipliedBy(2)), m.nextAttemptAt());
        m.failed("Connection refused", T0, MINUTE);
        assertEquals(T0.plus(MINUTE.multipliedBy(4)), m.nextAttemptAt());
        assertFalse(m.isDueAt(T0.plusSeconds(60)));
    }

    @Test
    void aMessage_isGivenUpAfterEightAttempts() {
        OutboxMessage m = message();
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            m.failed("Connection refused", T0, MINUTE);
        }
        assertEquals(OutboxStatus.FAILED, m.status());
        assertFalse(m.isDueAt(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void aFailedMessage_canBeSentAgain() {
        OutboxMessage m = message();
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            m.failed("Connection refused", T0, MINUTE);
        }
        m.resend(T0.plusSeconds(10));
        assertTrue(m.isDueAt(T0.plusSeconds(10)));
        assertEquals(0, m.attempts());
    }

    @Test
    void aWaitingMessage_isNotResent() {
        assertEquals("OUTBOX_ALREADY_PENDING", assertThrows(DomainException.class, () -> message().resend(T0)).code());
    }

    @Test
    void aKeptMessage_isDoneWith_andMarkedAsNeverDelivered() {
        OutboxMessage m = message();
        m.kept(T0);
        assertEquals(OutboxStatus.SENT, m.status());
        assertTrue(m.isKept());
        assertFalse(m.isDueAt(T0.plusSeconds(60)));
    }

    @Test
    void aKeptMessageSentAgain_isNoLongerKept() {
        OutboxMessage m = message();
        m.kept(T0);
        m.resend(T0);
        assertFalse(m.isKept());
        assertTrue(m.isDueAt(T0));
    }
}
