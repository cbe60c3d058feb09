package vn.wtcexpo.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One expiry loop for every kind of hold. */
class ExpiringHoldsTest {

    @Test
    void everyDueHold_isTried_andTheExpiredOnesCounted() {
        List<String> tried = new ArrayList<>();
        int expired = ExpiringHolds.expireEach(List.of("a", "b", "c"), id -> tried.add(id) && !id.equals("b"));
        assertEquals(List.of("a", "b", "c"), tried);
        assertEquals(2, expired);
    }

    @Test
    void aHoldAnotherWriterHasLocked_isLeftForTheNextRun() {
        int expired = ExpiringHolds.expireEach(List.of("a", "b"), id -> {
            if (id.equals("a")) {
                throw new PersistenceException(new SQLException("lock timeout", "55P03"));
            }
            return true;
        });
        assertEquals(1, expired);
    }

    @Test
    void anyOtherFailure_stopsTheRun() {
        List<String> tried = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> ExpiringHolds.expireEach(List.of("a", "b"), id -> {
            tried.add(id);
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of("a"), tried);
    }
}
