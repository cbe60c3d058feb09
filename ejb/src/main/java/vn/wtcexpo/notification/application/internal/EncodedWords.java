package vn.wtcexpo.notification.application.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A header text as RFC 2047 encoded words ({@code =?UTF-8?B?…?=}), folded onto lines of their own: what
 * {@code MimeMessage.setSubject(text, "UTF-8")} writes for a Vietnamese subject. Done here because Jakarta Mail
 * 2.1 looks its stream provider up with a {@link java.util.ServiceLoader} for every word it encodes, which cost
 * the outbox worker more CPU than all the rest of composing the message.
 */
final class EncodedWords {

    /** An encoded word is at most 75 characters: 12 for {@code =?UTF-8?B?} and {@code ?=}, 63 of Base64, 45 bytes. */
    static final int MAX_BYTES_PER_WORD = 45;

    private EncodedWords() {
    }

    /** {@code text} unchanged when it is printable ASCII, else as encoded words separated by folding whitespace. */
    static String header(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && !text.contains("=?") && text.length() <= 900) {
            return text;
        }
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_BYTES_PER_WORD) {
                words.add(word(chunk));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        if (chunk.length() > 0 || words.isEmpty()) {
            words.add(word(chunk));
        }
        return String.join("\r\n ", words);
    }

    private static String word(CharSequence chunk) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
