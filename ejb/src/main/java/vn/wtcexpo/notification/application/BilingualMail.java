package vn.wtcexpo.notification.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An e-mail in Vietnamese and English in one message, as the venue writes to organizers and exhibitors: the subject
 * in both languages, the Vietnamese text with its footer, a rule, then the English. The texts come from a resource
 * bundle ({@code notice.<KIND>.subject}, {@code notice.<KIND>.body}, {@code notice.footer}) formatted with the
 * notice's arguments in each language.
 */
public final class BilingualMail {

    public static final Locale VI = Locale.forLanguageTag("vi");
    static final String RULE = "\n\n----------------------------------------\n\n";

    private BilingualMail() {
    }

    /** A subject and a body, ready for the {@link Outbox}. */
    public record Message(String subject, String body) {
    }

    /** What a notice says in one language: its arguments, formatted for that language. */
    @FunctionalInterface
    public interface Arguments {
        Object[] in(Locale locale);
    }

    /** The message of notice {@code kind} from {@code bundle} (loaded with {@code owner}'s class loader). */
    public static Message of(String bundle, Class<?> owner, String kind, Arguments arguments) {
        String subject = "[WTC Expo] " + text(bundle, owner, VI, "notice." + kind + ".subject", arguments) + " / "
                + text(bundle, owner, Locale.ENGLISH, "notice." + kind + ".subject", arguments);
        String body = text(bundle, owner, VI, "notice." + kind + ".body", arguments) + "\n\n"
                + text(bundle, owner, VI, "notice.footer", arguments) + RULE
                + text(bundle, owner, Locale.ENGLISH, "notice." + kind + ".body", arguments) + "\n\n"
                + text(bundle, owner, Locale.ENGLISH, "notice.footer", arguments);
        return new Message(subject, body);
    }

    private static String text(String bundle, Class<?> owner, Locale locale, String key, Arguments arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, owner.getClassLoader());
        return new MessageFormat(texts.getString(key), locale).format(arguments.in(locale));
    }
}
