package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.notification.application.BilingualMail;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.shared.Formats;

/**
 * Tells exhibitors about their booth reservations by e-mail, Vietnamese and English in one message,
 * through the outbox: stored with the change, sent once it commits.
 */
@ApplicationScoped
public class ReservationMailer {

    static final String BUNDLE = "vn.wtcexpo.exhibition.application.internal.notices";

    public enum Kind { HOLD_PLACED, APPROVED, REJECTED, CANCELLED, EXPIRED, SOLD, REPLACED }

    /**
     * What a notice says. Amounts and dates may be null where the kind does not use them; {@code booth} and
     * {@code hall} may list several ({@code booths} says how many); {@code replaces} is the number of the request a
     * new one replaces.
     */
    public record Notice(Kind kind, String email, String eventVi, String eventEn, String booth, String hall,
                         Instant holdExpiresAt, String requestNumber, Long grossVnd, Long depositVnd, LocalDate depositDue,
                         LocalDate balanceDue, String reason, String company, int booths, String replaces) {

        /** A notice about one booth with no payment request: placed on hold, declined, cancelled, expired. */
        static Notice aboutBooth(Kind kind, EventSummary event, Booth booth, Exhibitor company, Instant holdExpiresAt,
                                 String reason) {
            return new Notice(kind, company.email(), event.nameVi(), event.nameEn(), booth.number(), booth.hallCode(),
                    holdExpiresAt, null, null, null, null, null, reason, company.companyName(), 1, null);
        }
    }

    @Inject
    private Outbox outbox;

    public void send(Notice notice) {
        BilingualMail.Message m = message(notice);
        outbox.enqueue(notice.email(), m.subject(), m.body());
    }

    static String subject(Notice n) {
        return message(n).subject();
    }

    static String body(Notice n) {
        return message(n).body();
    }

    private static BilingualMail.Message message(Notice n) {
        return BilingualMail.of(BUNDLE, ReservationMailer.class, n.kind().name(), locale -> new Object[] {
            "en".equals(locale.getLanguage()) ? n.eventEn() : n.eventVi(), n.booth(), n.hall(),
            n.holdExpiresAt() == null ? "" : Formats.dateTime(n.holdExpiresAt(), locale) + " (GMT+7)",
            n.requestNumber() == null ? "" : n.requestNumber(),
            n.grossVnd() == null ? "" : Formats.vnd(n.grossVnd(), locale),
            n.depositVnd() == null ? "" : Formats.vnd(n.depositVnd(), locale),
            Formats.date(n.depositDue(), locale), Formats.date(n.balanceDue(), locale),
            n.reason() == null ? "—" : n.reason(), n.company() == null ? "" : n.company(), n.booths(),
            n.replaces() == null ? "" : n.replaces()});
    }
}
