package vn.wtcexpo.it.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.TestHalls.booking;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Organizers are told by e-mail: a real SMTP server (GreenMail, port 3025, where the test domain's
 * mail session points) receives what the application sends.
 */
@ExtendWith(ShippedApplication.class)
class BookingMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate FIRST = LocalDate.of(2033, 5, 5);
    private static final LocalDate LAST = LocalDate.of(2033, 5, 8);

    private final Api organizer = Api.as("organizer");
    private final Api admin = Api.as("admin");

    private String hold(Api who, String hall, String title) {
        Api.Reply r = who.post("/api/bookings", booking(hall, title, FIRST, LAST));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    /** Waits for a message to {@code to} whose subject contains {@code text}. */
    private static MimeMessage awaitMail(String to, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().contains(text) && m.getAllRecipients()[0].toString().equals(to);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail to " + to + " about " + text);
    }

    @Test
    void holdPlaced_isMailedInBothLanguagesWithTheRank() throws Exception {
        String hall = TestHalls.plain("E");
        String title = "Vietnam Expo " + hall;
        hold(organizer, hall, title);
        MimeMessage mail = awaitMail("organizer@example.vn", title);
        String body = GreenMailUtil.getBody(mail);
        assertTrue(mail.getSubject().contains("Đã giữ chỗ"), mail.getSubject());
        assertTrue(mail.getSubject().contains("Hold placed"), mail.getSubject());
        assertTrue(body.contains("Thứ tự ưu tiên của bạn: 1") || body.contains("=C6=B0u ti=C3=AAn c=E1=BB=A7a b=E1=BA=A1n: 1")
                || mail.getContent().toString().contains("Thứ tự ưu tiên của bạn: 1"), body);
    }

    @Test
    void confirmation_isMailed() throws Exception {
        String hall = TestHalls.plain("E");
        String title = "Mekong Food " + hall;
        String id = hold(organizer, hall, title);
        assertEquals(200, admin.post("/api/bookings/" + id + "/confirm", "{}").status());
        MimeMessage mail = awaitMail("organizer@example.vn", "is confirmed");
        assertTrue(mail.getSubject().contains(title) || awaitMail("organizer@example.vn", title) != null);
    }

    @Test
    void cancellingRankOne_tellsTheNextHolder() throws Exception {
        String hall = TestHalls.plain("E");
        String first = hold(admin, hall, "First " + hall);
        hold(organizer, hall, "Second " + hall);
        assertEquals(200, admin.post("/api/bookings/" + first + "/cancel", "{}").status());
        MimeMessage mail = awaitMail("organizer@example.vn", "first in line: Second " + hall);
        assertTrue(mail.getSubject().contains("Second " + hall));
    }

    @Test
    void jumpingTheQueue_tellsTheHolderAheadWithTheReason() throws Exception {
        String hall = TestHalls.plain("E");
        hold(organizer, hall, "Ahead " + hall);
        String behind = hold(admin, hall, "Behind " + hall);
        Api.Reply r = admin.post("/api/bookings/" + behind + "/confirm",
                "{\"override\": true, \"reason\": \"Sự kiện cấp tỉnh\"}");
        assertEquals(200, r.status(), r.body());
        MimeMessage mail = awaitMail("organizer@example.vn", "confirmed ahead of Ahead " + hall);
        assertTrue(mail.getContent().toString().contains("Sự kiện cấp tỉnh"), mail.getContent().toString());
    }

    @Test
    void expiredHold_isMailed() throws Exception {
        String hall = TestHalls.plain("E");
        String title = "Expiring " + hall;
        String id = hold(organizer, hall, title);
        String until = organizer.get("/api/bookings/" + id).json().getString("holdExpiresAt");
        assertEquals(200, admin.post("/api/bookings/expire-due", "{\"cutoff\": \"" + until + "\"}").status());
        awaitMail("organizer@example.vn", "Hold expired: " + title);
    }
}
