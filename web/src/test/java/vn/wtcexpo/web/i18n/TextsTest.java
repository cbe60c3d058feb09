package vn.wtcexpo.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void unsupportedLanguage_fallsBackToVietnamese() {
        assertEquals(Texts.VI, Texts.supported(java.util.Locale.FRENCH));
    }

    @Test
    void errorMessage_formatsNumbersInTheLanguage() {
        assertEquals("Diện tích sảnh ghép là tổng diện tích các sảnh thành phần (7.200 m²).",
                Texts.error(Texts.VI, "HALL_AREA_IS_SUM_OF_PARTS", java.util.List.of(7200)));
    }
}
