package vn.wtcexpo.registration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.notification.application.AttachmentSource;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.RegistrationRepository;

/** The PDF badge attached to badge e-mails ({@code badge:<id>}), made when the outbox sends the message. */
@ApplicationScoped
public class BadgeAttachments implements AttachmentSource {

    private static final String PREFIX = "badge:";

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventService events;

    static String reference(String badgeId) {
        return PREFIX + badgeId;
    }

    @Override
    public boolean knows(String ref) {
        return ref != null && ref.startsWith(PREFIX);
    }

    @Override
    public Attachment attachment(String ref) {
        Badge badge = repository.badge(ref.substring(PREFIX.length()))
                .orElseThrow(() -> new IllegalStateException("no badge " + ref));
        EventSummary event = events.known(badge.eventId());
        byte[] pdf = BadgePdf.render(List.of(DefaultBadgeService.summary(badge, event)), event, BadgeFormat.A6, null);
        return new Attachment("WTC-Expo-badge.pdf", "application/pdf", pdf);
    }
}
