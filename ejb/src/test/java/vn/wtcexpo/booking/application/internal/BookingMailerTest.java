package vn.wtcexpo.booking.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.booking.application.BookingNotice;

class BookingMailerTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BookingMailerTest.class.getResourceAsStream("/vn/wtcexpo/booking/application/internal/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static BookingNotice notice(BookingNotice.Kind kind) {
        return new BookingNotice(kind, "id", "organizer", "o@example.vn", "AB", "BIFA Wood Vietnam 2027",
                Instant.parse("2027-08-09T17:00:00Z"), Instant.parse("2027-08-13T17:00:00Z"), 2,
                Instant.parse("2027-01-15T03:00:00Z"), "Hợp đồng đã ký");
    }

    @Test
    void vietnameseAndEnglishNotices_haveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("notices_vi.properties").stringPropertyNames()),
                new TreeSet<>(load("notices_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKindOfNotice_hasASubjectAndABody() throws IOException {
        Properties vi = load("notices_vi.properties");
        for (BookingNotice.Kind kind : BookingNotice.Kind.values()) {
            assertTrue(vi.containsKey("notice." + kind + ".subject"), kind.name());
            assertTrue(vi.containsKey("notice." + kind + ".body"), kind.name());
        }
    }

    @Test
    void mail_isInBothLanguagesWithVietnamTimes() {
        String body = BookingMailer.body(notice(BookingNotice.Kind.HOLD_PLACED));
        assertTrue(body.contains("Thứ tự ưu tiên của bạn: 2"), body);
        assertTrue(body.contains("Your rank: 2"), body);
        // the option's end is a moment, in Vietnam time
        assertTrue(body.contains("15/01/2027 10:00 (GMT+7)"), body);
        assertTrue(body.contains("15 Jan 2027, 10:00 (GMT+7)"), body);
    }

    @Test
    void theBookedPeriod_isItsDays_lastDayIncluded_notTheMidnightAfter() {
        String body = BookingMailer.body(notice(BookingNotice.Kind.HOLD_PLACED));
        assertTrue(body.contains("10/08/2027") && body.contains("13/08/2027") && !body.contains("14/08/2027"), body);
        assertTrue(body.contains("10 Aug 2027") && body.contains("13 Aug 2027") && !body.contains("00:00"), body);
    }

    @Test
    void queueJumpedMail_givesTheReason() {
        assertTrue(BookingMailer.body(notice(BookingNotice.Kind.QUEUE_JUMPED)).contains("Lý do: Hợp đồng đã ký"));
    }

    @Test
    void subject_namesTheEventInBothLanguages() {
        assertEquals("[WTC Expo] Đã xác nhận BIFA Wood Vietnam 2027 / BIFA Wood Vietnam 2027 is confirmed",
                BookingMailer.subject(notice(BookingNotice.Kind.CONFIRMED)));
    }
}
