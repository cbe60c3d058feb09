package vn.wtcexpo.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.event.model.EventStatus;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.exhibition.model.ReservationStatus;
import vn.wtcexpo.gate.model.DenyReason;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.gate.model.ScanResult;
import vn.wtcexpo.registration.model.BadgeStatus;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.venue.model.HallFeature;
import vn.wtcexpo.venue.model.HallKind;

/**
 * Every sentence of both bundles, read with its parameters filled in as the server fills them: none may show a
 * code of the program ("Booth 104 is RESERVED", "(IN)") where a person reads words.
 */
class BundleSentencesTest {

    /** The codes that refusals pass as parameters (a state, a direction, a badge type, a fixture of a hall). */
    private static final List<Class<? extends Enum<?>>> NAMED_IN_REFUSALS = List.of(BoothStatus.class,
            ReservationStatus.class, BookingStatus.class, GateDirection.class, BadgeKind.class, HallFeature.Kind.class);

    /** Every code a person could meet on a page. */
    private static final List<Class<? extends Enum<?>>> CODES = List.of(BoothStatus.class, ReservationStatus.class,
            BookingStatus.class, GateDirection.class, BadgeKind.class, HallFeature.Kind.class, EventStatus.class,
            BadgeStatus.class, Channel.class, ScanResult.class, DenyReason.class, BoothKind.class, Pricing.class, HallKind.class);

    /** Codes that are also words people write in capitals. */
    private static final Set<String> ALSO_WORDS = Set.of("VIP");

    private static Set<String> names(List<Class<? extends Enum<?>>> enums) {
        Set<String> names = new TreeSet<>();
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> c : e.getEnumConstants()) {
                names.add(c.name());
            }
        }
        names.removeAll(ALSO_WORDS);
        return names;
    }

    @Test
    void everyCodeThatARefusalNames_readsAsWordsInBothLanguages() {
        for (Locale l : Texts.SUPPORTED) {
            for (String code : names(NAMED_IN_REFUSALS)) {
                assertNotEquals(code, Texts.inWords(l, code), code + " has no words (state." + code + ") in " + l);
            }
        }
    }

    /**
     * Refusals of the API that list the values a field takes: the caller writes those codes, so they are named as
     * written ("use IN or OUT"). A page never sends a wrong one.
     */
    private static final Set<String> LIST_API_VALUES = Set.of("error.BOOTH_TYPE_UNKNOWN", "error.HALL_FEATURE_KIND_UNKNOWN",
            "error.PLAN_NUMBERING_UNKNOWN", "error.SCAN_DIRECTION_INVALID", "error.SCAN_DIRECTION_REQUIRED",
            "error.OFFLINE_RESULT_INVALID", "error.GATE_DIRECTION_INVALID");

    @Test
    void noSentence_spellsACode() {
        Pattern code = Pattern.compile("\\b(" + String.join("|", names(CODES)) + ")\\b");
        List<String> found = new ArrayList<>();
        for (Locale l : Texts.SUPPORTED) {
            ResourceBundle bundle = Texts.bundle(l);
            for (String key : Collections.list(bundle.getKeys())) {
                if (LIST_API_VALUES.contains(key)) {
                    continue;
                }
                String pattern = bundle.getString(key);
                String text = pattern.contains("{") ? new MessageFormat(pattern, l).format(new Object[] {"104", "A", 3, "x"}) : pattern;
                if (code.matcher(text).find()) {
                    found.add(l + " " + key + ": " + text);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aRefusalThatNamesACode_readsAsASentence() {
        for (Locale l : Texts.SUPPORTED) {
            for (String c : names(NAMED_IN_REFUSALS)) {
                String text = Texts.error(l, "BOOTH_NOT_FREE", List.of("104", c));
                assertEquals(-1, text.indexOf(c), text);
            }
        }
        assertEquals("Gate C-NORTH only lets people through one way (in).",
                Texts.error(Texts.EN, "GATE_WRONG_DIRECTION", List.of("C-NORTH", "IN")));
    }
}
