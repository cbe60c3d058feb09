package vn.wtcexpo.registration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.shared.Formats;

/**
 * Mails a badge to its holder through the outbox, in the holder's language, with the PDF badge attached (made
 * when the message is sent, by {@link BadgeAttachments}) and a link to it.
 */
@ApplicationScoped
public class BadgeMailer {

    static final String BUNDLE = "vn.wtcexpo.registration.application.internal.badges";

    @Inject
    private Outbox outbox;

    @Inject
    @ConfigProperty(name = "wtcexpo.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    /** A new registration, or ({@code again}) the same person registering again. */
    public void registered(Badge badge, EventSummary event, boolean again) {
        send(badge, event, again ? "again" : "registered");
    }

    public void reissued(Badge badge, EventSummary event) {
        send(badge, event, "reissued");
    }

    private void send(Badge badge, EventSummary event, String kind) {
        Locale locale = Locale.forLanguageTag(badge.locale());
        ResourceBundle texts = bundle(locale);
        EventSummary.BadgeTypeSummary type = event.badgeType(badge.kind());
        List<LocalDate> days = type == null ? List.of() : type.days();
        String link = publicUrl.replaceAll("/+$", "") + BadgeSummary.pdfPath(badge.id(), badge.accessKey(), null);
        Object[] args = {badge.fullName(), event.name(locale), texts.getString("badge.kind." + badge.kind().name()),
            Formats.dayRuns(days, locale),
            type == null ? "" : String.join(", ", type.halls()), link};
        String subject = "[WTC Expo] " + new MessageFormat(texts.getString("mail." + kind + ".subject"), locale).format(args);
        String body = new MessageFormat(texts.getString("mail." + kind + ".body"), locale).format(args) + "\n\n"
                + texts.getString("mail.footer");
        outbox.enqueue(badge.email(), subject.length() > 300 ? subject.substring(0, 300) : subject, body,
                BadgeAttachments.reference(badge.id()));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi"),
                BadgeMailer.class.getClassLoader());
    }
}
