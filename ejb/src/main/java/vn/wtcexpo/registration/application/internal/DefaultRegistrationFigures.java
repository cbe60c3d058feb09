package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.wtcexpo.registration.application.RegistrationFigures;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.shared.Roles;

/** Figures only, for other contexts' aggregates: see {@link RegistrationFigures}. */
@Stateless
// figures for the forecast, which only the organizers and the venue admin ask for
@RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
public class DefaultRegistrationFigures implements RegistrationFigures {

    @Inject
    private RegistrationRepository repository;

    @Override
    public List<Issued> issued(String eventId) {
        return repository.issued(eventId).stream()
                .map(b -> new Issued(b.kind(), b.channel() == Channel.DESK, b.at())).toList();
    }

    @Override
    public java.util.Map<vn.wtcexpo.shared.BadgeKind, Integer> issuedBefore(String eventId, java.time.Instant before) {
        return repository.issuedBefore(eventId, before);
    }

    @Override
    public List<Holder> holders(String eventId) {
        return repository.holders(eventId).stream()
                .map(h -> new Holder(h.badgeId(), h.kind(), h.active(), personKey(h.email()), h.interests())).toList();
    }

    /** A one-way key for an e-mail (lower case), or null. */
    static String personKey(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
