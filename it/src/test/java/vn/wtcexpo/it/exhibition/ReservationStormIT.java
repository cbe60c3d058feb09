package vn.wtcexpo.it.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Concurrently;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/** One booth, one exhibitor: many ask at once, exactly one wins. */
@ExtendWith(ShippedApplication.class)
class ReservationStormIT {

    private static final int EXHIBITORS = 16;

    private static List<Api> exhibitors(int n) {
        List<Api> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(TestFairs.as(TestFairs.exhibitor("st")));
        }
        return list;
    }

    @Test
    void manyExhibitorsReservingOneBooth_oneWins() throws Exception {
        TestFairs.Fair f = TestFairs.published("ST");
        TestFairs.booth(f, "1", 0, 0);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (Api ex : exhibitors(EXHIBITORS)) {
            calls.add(() -> ex.post(f.booths() + "/1/reservations", "{}").status());
        }
        List<Integer> statuses = Concurrently.atOnce(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(1, Api.as("organizer").get("/api/reservations?event=" + f.eventId()).array().size());
    }

    @Test
    void combiningBoothsWhileTheyAreReserved_neverGivesTheFloorTwice() throws Exception {
        for (int round = 0; round < 3; round++) {
            TestFairs.Fair f = TestFairs.published("ST");
            TestFairs.booth(f, "1", 0, 0);
            TestFairs.booth(f, "2", 3, 0);
            List<Api> crowd = exhibitors(6);
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            calls.add(() -> Api.as("organizer").post(f.booths() + "/combine", "{\"numbers\": [\"1\", \"2\"], \"number\": \"1+2\"}"));
            for (int i = 0; i < crowd.size(); i++) {
                Api ex = crowd.get(i);
                String booth = i % 2 == 0 ? "1" : "2";
                calls.add(() -> ex.post(f.booths() + "/" + booth + "/reservations", "{}"));
            }
            List<Api.Reply> replies = Concurrently.atOnce(calls);
            boolean combined = replies.get(0).status() == 201;
            long won = replies.subList(1, replies.size()).stream().filter(r -> r.status() == 201).count();
            if (combined) {
                assertEquals(0, won, "booths were reserved after they were combined: " + replies);
                assertEquals(201, crowd.get(0).post(f.booths() + "/1+2/reservations", "{}").status());
            } else {
                assertEquals(409, replies.get(0).status(), replies.get(0).body());
                assertTrue(won >= 1 && won <= 2, replies.toString());
            }
            // the audit: no booth's floor is held twice
            assertTrue(Api.as("organizer").get("/api/reservations?event=" + f.eventId()).array().size() <= 2);
        }
    }
}
