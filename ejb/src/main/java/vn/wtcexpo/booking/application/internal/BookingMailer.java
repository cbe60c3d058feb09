package vn.wtcexpo.booking.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import vn.wtcexpo.booking.application.BookingNotice;
import vn.wtcexpo.notification.application.BilingualMail;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.shared.Formats;

/**
 * Tells organizers about their bookings by e-mail, in Vietnamese and English in one message, through the
 * outbox: stored with the change (a change that rolls back sends nothing), sent after it commits.
 */
@ApplicationScoped
public class BookingMailer {

    static final String BUNDLE = "vn.wtcexpo.booking.application.internal.notices";
    private static final Logger LOG = Logger.getLogger(BookingMailer.class.getName());

    @Inject
    private Outbox outbox;

    /** In the booking's own transaction: the e-mail is stored with the change, and sent once it commits. */
    void onNotice(@Observes BookingNotice notice) {
        if (notice.email() == null) {
            LOG.info(() -> "No e-mail address for " + notice.recipient() + ": notice " + notice.kind() + " not sent");
            return;
        }
        BilingualMail.Message m = message(notice);
        outbox.enqueue(notice.email(), m.subject(), m.body());
    }

    static String subject(BookingNotice n) {
        return message(n).subject();
    }

    static String body(BookingNotice n) {
        return message(n).body();
    }

    private static BilingualMail.Message message(BookingNotice n) {
        return BilingualMail.of(BUNDLE, BookingMailer.class, n.kind().name(), locale -> new Object[] {
            n.title(), n.hall(), day(n.start(), locale), day(n.end().minusNanos(1), locale),
            n.rank() == null ? "" : n.rank().toString(), time(n.holdExpiresAt(), locale),
            n.reason() == null ? "" : n.reason()});
    }

    /** A booking's first or last day, included, as every page shows it: whole days, no midnight. */
    private static String day(Instant instant, Locale locale) {
        return Formats.date(instant.atZone(Formats.VIETNAM).toLocalDate(), locale);
    }

    private static String time(Instant instant, Locale locale) {
        return instant == null ? "" : Formats.dateTime(instant, locale) + " (GMT+7)";
    }
}
