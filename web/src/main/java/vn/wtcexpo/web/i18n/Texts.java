package vn.wtcexpo.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.wtcexpo.shared.Formats;

/**
 * The user-facing texts of the application, in Vietnamese (the default) and English. Every page,
 * API error and e-mail takes its words from the bundle {@code vn.wtcexpo.web.i18n.messages}.
 */
public final class Texts {

    public static final String BUNDLE = "vn.wtcexpo.web.i18n.messages";
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VI, EN);

    private Texts() {
    }

    /** The supported locale closest to {@code requested}; Vietnamese when none fits. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return EN;
        }
        return VI;
    }

    /** The first supported language among the caller's preferences, else Vietnamese. */
    public static Locale firstSupported(List<Locale> preferences) {
        for (Locale l : preferences) {
            if ("en".equals(l.getLanguage()) || "vi".equals(l.getLanguage())) {
                return supported(l);
            }
        }
        return VI;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
    }

    /** The text for {@code key} with its arguments filled in; the key itself when it is missing. */
    public static String text(Locale locale, String key, Object... args) {
        Locale l = supported(locale);
        String pattern;
        try {
            pattern = bundle(l).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, l).format(args);
    }

    /** The user message for a domain error code ({@code error.CODE} in the bundle). */
    public static String error(Locale locale, String code, List<Object> args) {
        // days and instants in the reader's format, never ISO; a state's code in words of the reader's language
        Object[] shown = args.stream().map(a -> a instanceof java.time.LocalDate d
                ? Formats.date(d.atStartOfDay(Formats.VIETNAM).toInstant(), locale)
                : a instanceof java.time.Instant i ? Formats.dateTime(i, locale)
                : a instanceof String s && s.matches("[A-Z][A-Z_]+") ? inWords(locale, s) : a).toArray();
        return text(locale, "error." + code, shown);
    }

    /** A state's code ({@code RESERVED}) as a sentence says it ({@code state.RESERVED}: "reserved"), else the code. */
    static String inWords(Locale locale, String code) {
        String key = "state." + code;
        String words = text(locale, key);
        return words == null || words.equals(key) || words.startsWith("???") ? code : words;
    }
}
