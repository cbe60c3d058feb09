package vn.wtcexpo.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Badges;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/** The badge e-mail, received by a real SMTP server: in the visitor's language, the PDF badge attached. */
@ExtendWith(ShippedApplication.class)
class RegistrationMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MimeMessage awaitMail(String to) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail to " + to);
    }

    @Test
    void registration_mailsTheBadgeAsPdf_inTheVisitorsLanguage() throws Exception {
        TestFairs.Fair f = TestFairs.published("RM");
        String email = "mail." + System.nanoTime() + "@example.vn";
        String name = "Nguyễn Thị Thư Điện";
        Api.Reply r = Api.anonymous().post("/api/events/" + f.eventId() + "/registrations", """
                {"fullName": "%s", "email": "%s", "locale": "en"}
                """.formatted(name, email));
        assertEquals(201, r.status(), r.body());
        JsonObject badge = r.json();
        MimeMessage mail = awaitMail(email);
        assertTrue(mail.getSubject().contains("Your badge for"), mail.getSubject());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        String body = (String) parts.getBodyPart(0).getContent();
        assertTrue(body.contains(badge.getString("badgeId")), "the body links the badge: " + body);
        BodyPart attachment = parts.getBodyPart(1);
        assertTrue(attachment.getContentType().startsWith("application/pdf"), attachment.getContentType());
        byte[] pdf = attachment.getInputStream().readAllBytes();
        String text = Badges.pdfText(pdf);
        assertTrue(text.contains(name), text);
        assertTrue(text.contains("VISITOR"), text);
    }

    /**
     * One way to show a period: the events list, the badge and its e-mail name the fair's show days, 10 to 13
     * August, never the midnight after the last one (14/08), so that nobody comes on a day the badge does not admit.
     */
    @Test
    void theListTheBadgeAndTheMail_showTheSameShowDays() throws Exception {
        TestFairs.Fair f = TestFairs.published("RD");
        String days = "10/08 – 13/08/2032";
        String list = Api.anonymous().getAccepting("/events.xhtml", "text/html").body();
        assertTrue(list.contains(days) && !list.contains("14/08/2032"), "the events list");
        String email = "days." + System.nanoTime() + "@example.vn";
        Api.Reply r = Api.anonymous().post("/api/events/" + f.eventId() + "/registrations", """
                {"fullName": "Lê Văn Ngày", "email": "%s", "locale": "vi"}
                """.formatted(email));
        assertEquals(201, r.status(), r.body());
        MimeMessage mail = awaitMail(email);
        Multipart parts = (Multipart) mail.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        assertTrue(body.contains("Có giá trị vào các ngày: " + days), body);
        String text = Badges.pdfText(parts.getBodyPart(1).getInputStream().readAllBytes());
        assertTrue(text.contains(days) && !text.contains("14/08"), text);
    }
}
