package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.application.HallFloorUse;

/**
 * Tells the venue which booths a new hall outline would cut through or put a pillar in. It first takes
 * the locks of the events drawn in the hall (in id order, the lock every plan edit takes first), so that
 * no booth is placed on the old outline while the new one is being checked.
 */
@ApplicationScoped
public class ExhibitionFloorUse implements HallFloorUse {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Override
    public List<String> displacedBy(String hallCode, Rect floor, List<Rect> fixed) {
        TreeSet<String> eventIds = new TreeSet<>(events.idsInHall(hallCode));
        repository.boothsInHall(hallCode).forEach(b -> eventIds.add(b.eventId()));
        eventIds.forEach(events::lockForChange);
        List<String> displaced = new ArrayList<>();
        for (Booth b : repository.boothsInHall(hallCode)) {
            Rect a = b.area();
            if (!floor.contains(a) || fixed.stream().anyMatch(f -> f.overlaps(a))) {
                displaced.add(b.number());
            }
        }
        return displaced;
    }
}
