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

    private static final java.time.LocalDate D6 = java.time.LocalDate.of(2026, 12, 6);

    @Test
    void aPeriodOfDays_showsItsLastDay_notTheMidnightAfterIt() {
        assertEquals("06/12 – 07/12/2026", Formats.days(D6, D6.plusDays(1), VI));
        assertEquals("6–7 Dec 2026", Formats.days(D6, D6.plusDays(1), EN));
    }

    @Test
    void aPeriodAcrossMonthsOrYears_namesBoth() {
        assertEquals("30 Nov – 2 Dec 2026", Formats.days(D6.minusDays(6), D6.minusDays(4), EN));
        assertEquals("30/12/2026 – 02/01/2027", Formats.days(D6.plusDays(24), D6.plusDays(27), VI));
    }

    @Test
    void oneDay_isOneDate() {
        assertEquals("06/12/2026", Formats.days(D6, D6, VI));
    }

    @Test
    void daysApart_areListed_consecutiveDaysJoined() {
        assertEquals("06/12 – 07/12/2026, 09/12/2026",
                Formats.dayRuns(java.util.List.of(D6.plusDays(3), D6, D6.plusDays(1)), VI));
    }

    @Test
    void aDayThatClosesAtMidnight_closesAt24() {
        assertEquals("08:00–24:00", Formats.hours(java.time.LocalTime.of(8, 0), java.time.LocalTime.MIDNIGHT));
    }
}
