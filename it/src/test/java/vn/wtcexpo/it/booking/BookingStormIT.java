package vn.wtcexpo.it.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.Concurrently.atOnce;
import static vn.wtcexpo.it.support.TestHalls.booking;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Many requests at once, as on the day a big fair opens its booking: the slot invariant and the
 * ranks must hold on both databases.
 */
@ExtendWith(ShippedApplication.class)
class BookingStormIT {

    private static final int THREADS = 16;
    private static final LocalDate FIRST = LocalDate.of(2032, 3, 10);
    private static final LocalDate LAST = LocalDate.of(2032, 3, 14);

    private final Api organizer = Api.as("organizer");
    private final Api admin = Api.as("admin");

    private String hold(String hall) {
        Api.Reply r = organizer.post("/api/bookings", booking(hall, "Storm " + hall, FIRST, LAST));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    @Test
    void manyRequestsForTheSameSlot_getRanksOneToNWithoutDuplicates() throws Exception {
        String hall = TestHalls.plain("S");
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            calls.add(() -> organizer.post("/api/bookings", booking(hall, "Storm " + hall, FIRST, LAST)));
        }
        List<Integer> ranks = new ArrayList<>();
        for (Api.Reply r : atOnce(calls)) {
            assertEquals(201, r.status(), r.body());
            ranks.add(r.json().getInt("rank"));
        }
        ranks.sort(Integer::compare);
        assertEquals(IntStream.rangeClosed(1, THREADS).boxed().toList(), ranks);
    }

    /** Places {@link #THREADS} holds on one slot of a fresh hall, then confirms them all at once. */
    private Map<String, Integer> confirmAllAtOnce(String decision) throws Exception {
        String hall = TestHalls.plain("S");
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String id = hold(hall);
            calls.add(() -> admin.post("/api/bookings/" + id + "/confirm", decision));
        }
        return tally(atOnce(calls));
    }

    @Test
    void manyConfirmationsOfOverlappingHolds_confirmExactlyOne() throws Exception {
        Map<String, Integer> outcomes = confirmAllAtOnce("{}");
        assertEquals(1, outcomes.getOrDefault("CONFIRMED", 0), outcomes.toString());
        assertEquals(THREADS - 1, outcomes.getOrDefault("NOT_FIRST_IN_LINE", 0) + outcomes.getOrDefault("HALL_UNAVAILABLE", 0),
                outcomes.toString());
    }

    @Test
    void manyOverridingConfirmations_stillConfirmExactlyOne() throws Exception {
        Map<String, Integer> outcomes = confirmAllAtOnce("{\"override\": true, \"reason\": \"storm\"}");
        assertEquals(1, outcomes.getOrDefault("CONFIRMED", 0), outcomes.toString());
        assertEquals(THREADS - 1, outcomes.getOrDefault("HALL_UNAVAILABLE", 0), outcomes.toString());
    }

    @Test
    void confirmationsOnACombinedHallAndItsParts_neverShareSpace() throws Exception {
        String a = TestHalls.plain("S");
        String b = TestHalls.plain("T");
        String ab = TestHalls.combined("U", a, b);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(hold(a));
            ids.add(hold(b));
            ids.add(hold(ab));
        }
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(() -> admin.post("/api/bookings/" + id + "/confirm", "{\"override\": true, \"reason\": \"storm\"}"));
        }
        atOnce(calls);
        List<String> confirmedHalls = new ArrayList<>();
        for (String hall : List.of(a, b, ab)) {
            for (JsonObject booking : admin.get("/api/bookings?hall=" + hall).array().getValuesAs(JsonObject.class)) {
                if (booking.getString("status").equals("CONFIRMED")) {
                    confirmedHalls.add(hall);
                }
            }
        }
        confirmedHalls.sort(String::compareTo);
        boolean combinedAlone = confirmedHalls.equals(List.of(ab));
        boolean partsOnly = confirmedHalls.equals(List.of(a, b).stream().sorted().toList());
        assertTrue(combinedAlone || partsOnly, "confirmed: " + confirmedHalls);
    }

    private static Map<String, Integer> tally(List<Api.Reply> replies) {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Api.Reply r : replies) {
            String outcome = r.status() == 200 ? r.json().getString("status") : r.json().getString("error");
            outcomes.merge(outcome, 1, Integer::sum);
        }
        return outcomes;
    }
}
