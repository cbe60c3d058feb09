package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.application.HallFloorUse;

/** Tells the venue which booths a new hall outline would cut through or put a pillar in. */
@ApplicationScoped
public class ExhibitionFloorUse implements HallFloorUse {

    @Inject
    private ExhibitionRepository repository;

    @Override
    public List<String> displacedBy(String hallCode, Rect floor, List<Rect> fixed) {
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
