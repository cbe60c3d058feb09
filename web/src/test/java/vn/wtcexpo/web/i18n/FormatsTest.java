package vn.wtcexpo.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void vnd_inVietnamese_groupsWithDotsAndEndsWithDongSign() {
        assertEquals("12.500.000\u00a0₫", Formats.vnd(12_500_000, Texts.VI));
    }

    @Test
    void vnd_inEnglish_startsWithVndAndGroupsWithCommas() {
        assertEquals("VND 12,500,000", Formats.vnd(12_500_000, Texts.EN));
    }

    @Test
    void dateTime_isShownInVietnamTime() {
        assertEquals("10/08/2027 08:00", Formats.dateTime(Instant.parse("2027-08-10T01:00:00Z"), Texts.VI));
    }

    @Test
    void percent_dropsNeedlessDecimals() {
        assertEquals("8\u00a0%", Formats.percent(8.0, Texts.VI));
        assertEquals("8,5\u00a0%", Formats.percent(8.5, Texts.VI));
        assertEquals("8.5\u00a0%", Formats.percent(8.5, Texts.EN));
    }

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
