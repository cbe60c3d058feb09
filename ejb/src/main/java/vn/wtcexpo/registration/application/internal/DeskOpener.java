package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.wtcexpo.registration.model.RegistrationRepository;

/**
 * Opens an event's registration desk (and makes its key pair) the first time it is needed, in a transaction of
 * its own: two first registrations at once make one desk (the primary key refuses the second, which then uses
 * the first one's).
 */
@Stateless
public class DeskOpener {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventKeys keys;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String eventId) {
        if (repository.desk(eventId).isEmpty()) {
            repository.add(keys.newDesk(eventId, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
    }
}
