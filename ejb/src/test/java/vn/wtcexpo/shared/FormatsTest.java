package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void vnd_inVietnamese_groupsWithDotsAndEndsWithDongSign() {
        assertEquals("12.500.000\u00a0₫", Formats.vnd(12_500_000, VI));
    }

    @Test
    void vnd_inEnglish_startsWithVndAndGroupsWithCommas() {
        assertEquals("VND 12,500,000", Formats.vnd(12_500_000, EN));
    }

    @Test
    void dateTime_isShownInVietnamTime() {
        assertEquals("10/08/2027 08:00", Formats.dateTime(Instant.parse("2027-08-10T01:00:00Z"), VI));
    }

    @Test
    void percent_dropsNeedlessDecimals() {
        assertEquals("8\u00a0%", Formats.percent(8.0, VI));
        assertEquals("8,5\u00a0%", Formats.percent(8.5, VI));
        assertEquals("8.5\u00a0%", Formats.percent(8.5, EN));
    }

    @Test
    void anyOtherLanguage_isShownTheVietnameseWay() {
        assertEquals("12.500.000\u00a0₫", Formats.vnd(12_500_000, java.util.Locale.FRENCH));
    }
}
