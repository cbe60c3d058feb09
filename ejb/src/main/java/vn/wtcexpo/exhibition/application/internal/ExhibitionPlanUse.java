package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.wtcexpo.event.application.EventPlanUse;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;

/** Tells the event context how many booths of an event exhibitors hold, have reserved or bought. */
@ApplicationScoped
public class ExhibitionPlanUse implements EventPlanUse {

    @Inject
    private ExhibitionRepository repository;

    @Override
    public int takenBooths(String eventId) {
        return repository.liveReservationsOf(eventId).size();
    }
}
