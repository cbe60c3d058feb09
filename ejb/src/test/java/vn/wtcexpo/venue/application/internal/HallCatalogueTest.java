package vn.wtcexpo.venue.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.infrastructure.cluster.ClusterSignal;
import vn.wtcexpo.infrastructure.cluster.ClusterSignals;
import vn.wtcexpo.venue.application.HallSummary;

/** The public hall list, kept until a hall changes on this server or on any other of the cluster. */
class HallCatalogueTest {

    private final HallCatalogue catalogue = new HallCatalogue();
    private final ClusterSignals signals = new ClusterSignals();
    private final AtomicInteger loads = new AtomicInteger();

    HallCatalogueTest() throws ReflectiveOperationException {
        Field f = HallCatalogue.class.getDeclaredField("signals");
        f.setAccessible(true);
        f.set(catalogue, signals);
        catalogue.listen();
    }

    private List<HallSummary> read() {
        return catalogue.activeHalls(() -> {
            loads.incrementAndGet();
            return List.of();
        });
    }

    @Test
    void theListIsReadOnce_whileNothingChanges() {
        read();
        read();
        read();
        assertEquals(1, loads.get());
    }

    @Test
    void aHallChangedOnAnotherServer_makesTheNextReaderLoadTheListAgain() {
        read();
        // what the data grid delivers here when another server commits a hall's change
        signals.send(new ClusterSignal(HallCatalogue.CHANGED, ""));
        read();
        assertEquals(2, loads.get());
    }

    @Test
    void anotherSubject_dropsNothing() {
        read();
        signals.send(new ClusterSignal("gate.gates", "some-event"));
        read();
        assertEquals(1, loads.get());
    }
}
