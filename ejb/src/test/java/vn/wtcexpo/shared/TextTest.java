package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void requiredText_isTrimmed() {
        assertEquals("Hội chợ", Text.required("title", "  Hội chợ \n", 20));
    }

    @Test
    void blankRequiredText_isRefused() {
        assertEquals("TEXT_REQUIRED", refusal(() -> Text.required("title", " \t ", 20)));
    }

    @Test
    void blankOptionalText_isNull() {
        assertNull(Text.optional("note", "   ", 20));
    }

    @Test
    void textLongerThanItsColumn_isRefused() {
        assertEquals("TEXT_TOO_LONG", refusal(() -> Text.required("title", "x".repeat(21), 20)));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertEquals("😀😀", Text.required("title", "😀😀", 2));
    }

    @Test
    void nul_isRefused() {
        assertEquals("TEXT_CONTROL_CHARACTER", refusal(() -> Text.required("title", "Hội\u0000chợ", 20)));
    }

    @Test
    void escapeAndC1Controls_areRefused() {
        assertEquals("TEXT_CONTROL_CHARACTER", refusal(() -> Text.optional("name", "a\u001b[31m", 20)));
        assertEquals("TEXT_CONTROL_CHARACTER", refusal(() -> Text.optional("name", "a\u0085b", 20)));
    }

    @Test
    void lineBreakInASingleLineField_isRefused() {
        assertEquals("TEXT_CONTROL_CHARACTER", refusal(() -> Text.required("title", "one\ntwo", 20)));
    }

    @Test
    void lineBreaksInAMultiLineField_areKeptAsNewlines() {
        assertEquals("one\ntwo\nthree", Text.requiredLines("reason", "one\r\ntwo\rthree", 20));
    }

    @Test
    void loneSurrogate_isRefused() {
        assertEquals("TEXT_CONTROL_CHARACTER", refusal(() -> Text.required("title", "a\ud800b", 20)));
    }
}
