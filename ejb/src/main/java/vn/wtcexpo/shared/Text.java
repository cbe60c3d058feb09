package vn.wtcexpo.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for free text that people type: trimmed, within its column's length, and free of control
 * characters (a NUL, an escape or a backspace is never meant; PostgreSQL refuses NUL outright). Line
 * breaks and tabs are allowed only in multi-line fields. Every entity checks its text fields here, so
 * nothing reaches the database that the database would refuse or that a page would show garbled.
 */
public final class Text {

    private Text() {
    }

    /**
     * Text as search compares it: lower case, Vietnamese diacritics removed ({@code Nguyễn Đức} → {@code nguyen
     * duc}), so that "noi that" finds "Nội thất" and a keyboard without Telex finds every name.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** A required single-line text: {@code TEXT_REQUIRED}, {@code TEXT_TOO_LONG} or {@code TEXT_CONTROL_CHARACTER}. */
    public static String required(String field, String text, int maxLength) {
        String t = optional(field, text, maxLength);
        if (t == null) {
            throw DomainException.invalid(field, "TEXT_REQUIRED");
        }
        return t;
    }

    /** An optional single-line text; null when empty or blank. */
    public static String optional(String field, String text, int maxLength) {
        return check(field, text, maxLength, false);
    }

    /** A required text that may span lines (notes, descriptions, reasons). */
    public static String requiredLines(String field, String text, int maxLength) {
        String t = optionalLines(field, text, maxLength);
        if (t == null) {
            throw DomainException.invalid(field, "TEXT_REQUIRED");
        }
        return t;
    }

    /** An optional text that may span lines; null when empty or blank. */
    public static String optionalLines(String field, String text, int maxLength) {
        return check(field, text, maxLength, true);
    }

    private static String check(String field, String text, int maxLength, boolean multiLine) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        // the length first: a huge paste is refused without scanning it all
        if (t.codePointCount(0, t.length()) > maxLength) {
            throw DomainException.invalid(field, "TEXT_TOO_LONG", maxLength);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isForbidden(c, multiLine)) {
                throw DomainException.invalid(field, "TEXT_CONTROL_CHARACTER");
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(t.charAt(i - 1)))) {
                throw DomainException.invalid(field, "TEXT_CONTROL_CHARACTER");
            }
        }
        return multiLine ? t.replace("\r\n", "\n").replace('\r', '\n') : t;
    }

    private static boolean isForbidden(char c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !multiLine;
        }
        // C0 and C1 controls, DEL, line/paragraph separators, and the non-characters U+FFFE/U+FFFF
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF';
    }
}
