package vn.wtcexpo.venue.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The lock a writer takes before it changes who holds or occupies floor space: every hall sharing floor space with
 * the one it writes, rows locked in code order; and when a shape changed while it waited, the lock grows to the new
 * neighbourhood (a hall edit once opened a double booking because it did not).
 */
class HallScheduleTest {

    /** The hall table as the database has it: versions, and which combined hall covers which plain ones. */
    private static final class Rows extends HallRepository {
        final Map<String, Long> versions = new TreeMap<>();
        final Map<String, List<String>> parts = new TreeMap<>();
        final List<List<String>> locks = new ArrayList<>();
        final List<String> refreshed = new ArrayList<>();
        /** Another writer's change, made while this one waits for its first lock. */
        Runnable whileWaiting = () -> { };

        void plain(String code) {
            versions.put(code, 0L);
        }

        void combined(String code, String... of) {
            versions.put(code, 0L);
            parts.put(code, List.of(of));
        }

        @Override
        public List<String> partCodesOf(String code) {
            return parts.getOrDefault(code, List.of());
        }

        @Override
        public List<String[]> combinedOver(Collection<String> plainCodes) {
            List<String[]> pairs = new ArrayList<>();
            parts.forEach((combined, of) -> {
                if (of.stream().anyMatch(plainCodes::contains)) {
                    of.forEach(part -> pairs.add(new String[] {combined, part}));
                }
            });
            return pairs;
        }

        @Override
        public Map<String, Long> versionsOf(Collection<String> codes) {
            Map<String, Long> seen = new TreeMap<>();
            codes.stream().filter(versions::containsKey).forEach(c -> seen.put(c, versions.get(c)));
            return seen;
        }

        @Override
        public Map<String, Long> lockInCodeOrder(Collection<String> codes) {
            Runnable change = whileWaiting;
            whileWaiting = () -> { };
            change.run();
            locks.add(codes.stream().sorted().toList());
            return versionsOf(codes);
        }

        /** Reads the hall again: it takes the version the table has. */
        @Override
        public void refresh(Hall hall) {
            refreshed.add(hall.code());
            try {
                Field version = Hall.class.getDeclaredField("version");
                version.setAccessible(true);
                version.set(hall, versions.getOrDefault(hall.code(), -1L));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Rows rows = new Rows();

    private HallSchedule schedule() throws ReflectiveOperationException {
        HallSchedule schedule = new HallSchedule();
        Field halls = HallSchedule.class.getDeclaredField("halls");
        halls.setAccessible(true);
        halls.set(schedule, rows);
        return schedule;
    }

    @Test
    void bookingAPart_locksThePartItsSiblingAndTheCombinedHall_inOneStatementInCodeOrder() throws Exception {
        rows.plain("A");
        rows.plain("B");
        rows.plain("C");
        rows.combined("AB", "A", "B");

        Set<String> locked = schedule().lockNeighbourhood(TestHalls.hall("A", 1_000, 500));

        assertEquals(Set.of("A", "AB", "B"), locked, "C shares no floor space with A");
        assertEquals(List.of(List.of("A", "AB", "B")), rows.locks);
        assertEquals(List.of(), rows.refreshed, "nothing changed while waiting: the hall in hand is current");
    }

    @Test
    void aCombinedHallMadeWhileWaiting_growsTheLockToItAndItsOtherPart() throws Exception {
        rows.plain("A");
        rows.plain("B");
        rows.whileWaiting = () -> {
            rows.combined("AB", "A", "B");
            rows.versions.put("A", 1L); // the other writer changed A's shape: its version moved
        };

        Set<String> locked = schedule().lockNeighbourhood(TestHalls.hall("A", 1_000, 500));

        assertEquals(Set.of("A", "AB", "B"), locked);
        assertEquals(List.of(List.of("A"), List.of("AB", "B")), rows.locks, "the first lock, then what was missing");
        assertEquals(List.of("A"), rows.refreshed, "the hall in hand is read again");
    }

    @Test
    void aHallRemovedWhileWaiting_isNotWaitedForAgain() throws Exception {
        rows.plain("A");
        rows.plain("B");
        rows.combined("AB", "A", "B");
        rows.whileWaiting = () -> {
            rows.versions.remove("AB");
            rows.parts.remove("AB");
        };

        Set<String> locked = schedule().lockNeighbourhood(TestHalls.hall("A", 1_000, 500));

        assertEquals(Set.of("A"), locked, "without the combined hall, A shares its floor space with no other");
        assertEquals(List.of(List.of("A", "AB", "B")), rows.locks, "one statement; no second wait for a gone row");
    }
}
