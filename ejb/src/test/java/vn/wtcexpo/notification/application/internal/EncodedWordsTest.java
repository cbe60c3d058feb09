package vn.wtcexpo.notification.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    private static final Pattern WORD = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=");

    /** Decodes as a mail reader does: each word on its own, the folding whitespace between words dropped. */
    private static String decode(String header) {
        StringBuilder text = new StringBuilder();
        Matcher m = WORD.matcher(header);
        int end = 0;
        while (m.find()) {
            assertTrue(header.substring(end, m.start()).matches("(\r\n )?"), "only folding between words: " + header);
            text.append(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
            end = m.end();
        }
        assertEquals(header.length(), end, "nothing after the last word: " + header);
        return text.toString();
    }

    @Test
    void aVietnameseSubject_readsBackTheSame_inWordsOfAtMost75Characters() {
        String subject = "[WTC Expo] Yêu cầu đặt sảnh đã được xác nhận: Hội chợ Đồ gỗ & Nội thất Bình Dương 2031 / "
                + "Your hall booking is confirmed 🎉";
        String header = EncodedWords.header(subject);
        assertEquals(subject, decode(header));
        for (String line : header.split("\r\n ")) {
            assertTrue(line.length() <= 75, line);
        }
    }

    @Test
    void noCharacterIsSplitBetweenTwoWords() {
        String subject = "ệ".repeat(40); // 3 bytes each: 15 to a word
        String header = EncodedWords.header(subject);
        for (String line : header.split("\r\n ")) {
            Matcher m = WORD.matcher(line);
            assertTrue(m.matches(), line);
            String decoded = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
            // a split character would decode as U+FFFD
            assertTrue(decoded.matches("ệ{1,15}"), decoded);
        }
    }

    @Test
    void plainAscii_isLeftAsItIs() {
        assertEquals("[WTC Expo] Booking confirmed", EncodedWords.header("[WTC Expo] Booking confirmed"));
    }
}
