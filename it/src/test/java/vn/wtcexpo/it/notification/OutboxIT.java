package vn.wtcexpo.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.TestHalls.booking;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * E-mail is never lost: sent while the SMTP server is down, it waits in the outbox and goes out once the
 * server is back; a change that fails sends nothing; the venue admin sees it all and can send again.
 * (The test server retries after 2 s instead of a minute.)
 */
@ExtendWith(ShippedApplication.class)
class OutboxIT {

    private static final LocalDate FIRST = LocalDate.of(2036, 2, 3);
    private static final LocalDate LAST = LocalDate.of(2036, 2, 5);

    private final Api admin = Api.as("admin");
    private final Api organizer = Api.as("organizer");

    private Optional<JsonObject> inOutbox(String subjectPart) {
        Api.Reply r = admin.get("/api/outbox?limit=1000");
        assertEquals(200, r.status(), r.body());
        return r.array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("subject").contains(subjectPart)).findFirst();
    }

    private JsonObject awaitInOutbox(String subjectPart, java.util.function.Predicate<JsonObject> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<JsonObject> m = inOutbox(subjectPart);
            if (m.isPresent() && condition.test(m.get())) {
                return m.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("outbox never showed " + subjectPart + " as expected; last: " + inOutbox(subjectPart));
    }

    private static long received(GreenMail smtp, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    private static void awaitReceived(GreenMail smtp, String subjectPart, long count) throws Exception {
        long deadline = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < deadline && received(smtp, subjectPart) < count) {
            Thread.sleep(250);
        }
        assertEquals(count, received(smtp, subjectPart), "e-mails about " + subjectPart);
    }

    @Test
    void anEMailSentWhileSmtpIsDown_waitsAndGoesOutWhenItIsBack_andCanBeSentAgain() throws Exception {
        String hall = TestHalls.plain("O");
        String title = "Outbox fair " + hall;
        assertEquals(201, organizer.post("/api/bookings", booking(hall, title, FIRST, LAST)).status());
        JsonObject failed = awaitInOutbox(title, m -> m.getInt("attempts") >= 1);
        assertEquals("PENDING", failed.getString("status"), failed.toString());
        assertTrue(failed.getString("lastError", "").length() > 0, failed.toString());

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            awaitReceived(smtp, title, 1);
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().contains(title);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElseThrow();
            assertEquals("organizer@example.vn", mail.getAllRecipients()[0].toString());
            JsonObject sent = awaitInOutbox(title, m -> m.getString("status").equals("SENT"));

            Api.Reply resend = admin.post("/api/outbox/" + sent.getString("id") + "/resend", "");
            assertEquals(200, resend.status(), resend.body());
            awaitReceived(smtp, title, 2);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aChangeThatFails_sendsNothing() throws Exception {
        String hall = TestHalls.plain("O");
        String title = "Refused fair " + hall;
        assertEquals(201, organizer.post("/api/bookings", booking(hall, "First " + hall, FIRST, LAST)).status());
        String id = admin.get("/api/bookings?hall=" + hall).array().getJsonObject(0).getString("id");
        assertEquals(200, admin.post("/api/bookings/" + id + "/confirm", "{}").status());
        Api.Reply refused = organizer.post("/api/bookings", booking(hall, title, FIRST, LAST));
        assertEquals(409, refused.status(), refused.body());
        awaitInOutbox("First " + hall, m -> true);
        assertTrue(inOutbox(title).isEmpty());
    }

    @Test
    void onlyTheVenueAdmin_seesTheOutbox() {
        assertEquals(403, organizer.get("/api/outbox").status());
        assertEquals(401, Api.anonymous().get("/api/outbox").status());
    }

    @Test
    void anUnknownStatus_isRefused() {
        Api.Reply r = admin.get("/api/outbox?status=LOST");
        assertEquals(400, r.status(), r.body());
    }
}
