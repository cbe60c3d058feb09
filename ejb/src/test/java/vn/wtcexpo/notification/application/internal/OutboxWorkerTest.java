package vn.wtcexpo.notification.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.notification.application.Outbox;

/** One sender at a time on a server, and no wake-up lost: an e-mail queued during a run goes out in that run's wake. */
class OutboxWorkerTest {

    private final OutboxWorker worker = new OutboxWorker();
    private final AtomicInteger rounds = new AtomicInteger();

    private void outbox(Runnable eachRound) throws ReflectiveOperationException {
        Outbox outbox = (Outbox) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Outbox.class},
                (p, method, args) -> {
                    if (!method.getName().equals("sendDue")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    rounds.incrementAndGet();
                    eachRound.run();
                    return 0;
                });
        Field f = OutboxWorker.class.getDeclaredField("outbox");
        f.setAccessible(true);
        f.set(worker, outbox);
    }

    @Test
    void aWakeUp_sendsOneRound() throws Exception {
        outbox(() -> { });
        worker.run();
        assertEquals(1, rounds.get());
    }

    @Test
    void aWakeUpDuringARun_makesThatRunGoRoundOnceMore_withoutASecondSender() throws Exception {
        AtomicInteger concurrentSenders = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        outbox(() -> {
            most.accumulateAndGet(concurrentSenders.incrementAndGet(), Math::max);
            if (rounds.get() == 1) {
                // another transaction commits mail while the first round is sending: its wake-up returns at once
                CompletableFuture.runAsync(worker::run).orTimeout(5, TimeUnit.SECONDS).join();
            }
            concurrentSenders.decrementAndGet();
        });
        worker.run();
        assertEquals(2, rounds.get(), "the e-mail queued during the first round waits for the next timer");
        assertEquals(1, most.get(), "two senders ran at once");
    }

    @Test
    void aFailedRound_doesNotStopTheNextWakeUp() throws Exception {
        outbox(() -> {
            if (rounds.get() == 1) {
                throw new IllegalStateException("SMTP away");
            }
        });
        worker.run();
        worker.run();
        assertEquals(2, rounds.get());
    }
}
