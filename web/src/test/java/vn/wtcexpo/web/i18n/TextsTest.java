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

    @Test
    void aStateInARefusal_isSaidInWords_neverAsItsCode() {
        assertEquals("Booth 104 is reserved: a booth on hold, reserved or sold cannot be moved, resized, combined or repriced.",
                Texts.error(Texts.EN, "BOOTH_NOT_FREE", java.util.List.of("104", "RESERVED")));
        String vi = Texts.error(Texts.VI, "RESERVATION_NOT_ON_HOLD", java.util.List.of("SOLD"));
        org.junit.jupiter.api.Assertions.assertTrue(vi.contains("đã bán") && !vi.contains("SOLD"), vi);
    }

    @Test
    void everyStateOfABoothOrAReservation_hasWordsInBothLanguages() {
        java.util.Set<String> states = new java.util.TreeSet<>();
        for (var s : vn.wtcexpo.exhibition.model.BoothStatus.values()) {
            states.add(s.name());
        }
        for (var s : vn.wtcexpo.exhibition.model.ReservationStatus.values()) {
            states.add(s.name());
        }
        for (java.util.Locale l : java.util.List.of(Texts.VI, Texts.EN)) {
            for (String state : states) {
                org.junit.jupiter.api.Assertions.assertNotEquals(state, Texts.inWords(l, state), state + " in " + l);
            }
        }
    }
}
