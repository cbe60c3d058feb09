package vn.wtcexpo.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Badges;
import vn.wtcexpo.it.support.Concurrently;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/** Registrations at the same moment: one badge per e-mail, and never more visitors than the cap. */
@ExtendWith(ShippedApplication.class)
class RegistrationStormIT {

    @Test
    void theSameFormSentSixteenTimesAtOnce_makesOneBadge() throws Exception {
        TestFairs.Fair f = TestFairs.published("RS");
        String email = "same." + System.nanoTime() + "@example.vn";
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> Api.anonymous().post("/api/events/" + f.eventId() + "/registrations", Badges.visitor("Đinh Thị Cùng", email)));
        }
        List<Api.Reply> replies = Concurrently.atOnce(calls);
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        assertEquals(15, replies.stream().filter(r -> r.status() == 202).count(), replies.toString());
        assertEquals(1, replies.stream().filter(r -> r.json().containsKey("badgeId")).count(), "only the new badge is shown");
        assertEquals(1, Api.as("organizer").get("/api/events/" + f.eventId() + "/registrations/stats").json()
                .getJsonObject("byType").getInt("VISITOR"));
    }

    @Test
    void twentyPeopleForFivePlacesAtOnce_makeFiveBadges() throws Exception {
        TestFairs.Fair f = TestFairs.published("RS");
        assertEquals(200, Api.as("organizer").put("/api/events/" + f.eventId() + "/registration-settings",
                "{\"open\": true, \"cap\": 5}").status());
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = "cap" + i + "." + System.nanoTime() + "@example.vn";
            calls.add(() -> Api.anonymous().post("/api/events/" + f.eventId() + "/registrations", Badges.visitor("Người xếp hàng", email)));
        }
        List<Api.Reply> replies = Concurrently.atOnce(calls);
        assertEquals(5, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        assertEquals(15, replies.stream().filter(r -> r.status() == 409
                && r.json().getString("error").equals("REGISTRATION_FULL")).count(), replies.toString());
    }
}
