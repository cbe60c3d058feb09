package vn.wtcexpo.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signals on a server without a data grid: its own listeners hear them, after the commit when there is one. */
class ClusterSignalsTest {

    /** A transaction the test ends: the synchronizations registered in it run when it does. */
    static final class FakeTransactions {
        Object key;
        final List<Synchronization> registered = new ArrayList<>();

        TransactionSynchronizationRegistry registry() {
            return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {TransactionSynchronizationRegistry.class}, (p, method, args) -> switch (method.getName()) {
                        case "getTransactionKey" -> key;
                        case "registerInterposedSynchronization" -> registered.add((Synchronization) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        void commit() {
            registered.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
            registered.clear();
            key = null;
        }
    }

    /** Signals of a server on its own (no grid), in transactions the test plays. */
    static ClusterSignals alone(FakeTransactions transactions) throws ReflectiveOperationException {
        ClusterSignals signals = new ClusterSignals();
        Field f = ClusterSignals.class.getDeclaredField("transactions");
        f.setAccessible(true);
        f.set(signals, transactions.registry());
        return signals;
    }

    private final FakeTransactions transactions = new FakeTransactions();
    private final List<String> heard = new ArrayList<>();

    @Test
    void aSignalInATransaction_isHeardOnlyOnceItHasCommitted() throws Exception {
        ClusterSignals signals = alone(transactions);
        signals.on("gate.gates", heard::add);
        transactions.key = "tx-1";
        signals.afterCommit(new ClusterSignal("gate.gates", "event-1"));
        assertEquals(List.of(), heard, "heard before the change was committed: another server could read the old one");
        transactions.commit();
        assertEquals(List.of("event-1"), heard);
    }

    @Test
    void withoutATransaction_aSignalIsHeardAtOnce() throws Exception {
        ClusterSignals signals = alone(transactions);
        signals.on("venue.halls", heard::add);
        signals.afterCommit(new ClusterSignal("venue.halls", ""));
        assertEquals(List.of(""), heard);
    }

    @Test
    void eachListenerHearsItsSubjectOnly_andAFailingOneStopsNoOther() throws Exception {
        ClusterSignals signals = alone(transactions);
        signals.on("identity.token-ended", key -> {
            throw new IllegalStateException("a broken cache");
        });
        signals.on("identity.token-ended", heard::add);
        signals.on("identity.account-ended", key -> heard.add("account " + key));
        signals.send(new ClusterSignal("identity.token-ended", "t-9"));
        assertEquals(List.of("t-9"), heard);
    }

    @Test
    void aServerWithoutAGrid_saysSo() throws Exception {
        assertFalse(alone(transactions).clustered());
    }
}
