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
}
