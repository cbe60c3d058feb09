package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A name in Vietnamese and English. */
class LocalizedTextTest {

    @Test
    void english_forEnglish_andVietnameseForAnyOtherLanguage() {
        LocalizedText t = LocalizedText.of("name", "Sảnh A", "Hall A");
        assertEquals("Hall A", t.in(Locale.ENGLISH));
        assertEquals("Sảnh A", t.in(Locale.forLanguageTag("vi")));
        assertEquals("Sảnh A", t.in(Locale.FRENCH));
        assertEquals("Sảnh A", t.in(null));
    }

    @Test
    void bothLanguages_areRequired_eachNamedInTheRefusal() {
        DomainException e = assertThrows(DomainException.class, () -> LocalizedText.of("name", "Sảnh A", " "));
        assertEquals("name.en", e.field());
    }

    @Test
    void twoTextsOfTheSameWords_areEqual() {
        assertEquals(LocalizedText.of("name", "A", "B"), LocalizedText.of("name", " A ", "B"));
    }
}
