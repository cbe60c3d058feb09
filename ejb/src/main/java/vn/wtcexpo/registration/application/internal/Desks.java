package vn.wtcexpo.registration.application.internal;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.RegistrationRepository;

/** Finds an event's registration desk in the caller's transaction, opening it (with its key pair) the first time. */
@ApplicationScoped
public class Desks {

    @Inject
    private RegistrationRepository repository;

    @Inject
    private DeskOpener opener;

    /** The desk, locked until the caller's transaction ends when {@code lock}. */
    public EventRegistration desk(String eventId, boolean lock) {
        Optional<EventRegistration> desk = lock ? repository.lockDesk(eventId) : repository.desk(eventId);
        if (desk.isPresent()) {
            return desk.get();
        }
        try {
            opener.open(eventId);
        } catch (EJBException | PersistenceException e) {
            // another registration opened it at the same moment: use theirs
        }
        desk = lock ? repository.lockDesk(eventId) : repository.desk(eventId);
        return desk.orElseThrow(() -> new IllegalStateException("no registration desk for " + eventId));
    }
}
