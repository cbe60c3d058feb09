package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.BoothSummary;
import vn.wtcexpo.exhibition.application.PlanView;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.application.HallOutline;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;

/**
 * An event's floor plans as they stand: each hall's outline and fixed features (from the venue) with the booths drawn
 * on it. Read for the plan's page, checked against by every edit, and written with the database's guard on booth
 * numbers. Joins the caller's transaction.
 */
@ApplicationScoped
public class FloorPlans {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private VenueService venue;

    /** The whole plan, hall by hall, each booth with the numbers of those a combined booth covers. */
    public PlanView view(EventSummary event) {
        List<Booth> all = repository.boothsOf(event.id());
        Map<String, List<String>> members = membersByCombined(all);
        List<PlanView.HallPlan> halls = new ArrayList<>();
        for (String code : event.halls()) {
            HallSummary hall = venue.hall(code);
            List<BoothSummary> booths = all.stream().filter(b -> b.hallCode().equals(code) && !b.isCombined())
                    .map(b -> BoothSummary.of(b, members.getOrDefault(b.id(), List.of()))).toList();
            halls.add(new PlanView.HallPlan(code, hall.nameVi(), hall.nameEn(), hall.widthM(), hall.depthM(),
                    hall.features(), booths));
        }
        return new PlanView(event.id(), halls);
    }

    /** The plan of one hall of the event, as edits check against it. */
    public FloorPlan of(EventSummary event, String hallCode) {
        HallSummary hall = venue.hall(hallCode);
        Rect floor = hall.hasOutline() ? new Rect(0, 0, Rect.cm("widthM", hall.widthM()), Rect.cm("depthM", hall.depthM())) : null;
        List<FloorPlan.Fixed> fixed = new ArrayList<>();
        for (HallOutline.Feature f : hall.features()) {
            fixed.add(new FloorPlan.Fixed(Rect.ofMetres(f.xM(), f.yM(), f.widthM(), f.depthM()),
                    f.label() == null ? f.kind() : f.label()));
        }
        List<Booth> booths = repository.boothsOf(event.id()).stream()
                .filter(b -> b.hallCode().equals(hallCode) && !b.isCombined()).toList();
        return new FloorPlan(hallCode, floor, fixed, booths);
    }

    /**
     * The event's hall a booth goes in: the one named ({@code BOOTH_HALL_NOT_IN_EVENT} unless the event has it), or
     * the only one ({@code VALUE_REQUIRED} when there are several).
     */
    public static String hallOf(EventSummary event, String hall) {
        if (hall == null || hall.isBlank()) {
            if (event.halls().size() == 1) {
                return event.halls().get(0);
            }
            throw DomainException.invalid("hall", "VALUE_REQUIRED");
        }
        String code = hall.strip().toUpperCase(Locale.ROOT);
        if (!event.halls().contains(code)) {
            throw DomainException.invalid("hall", "BOOTH_HALL_NOT_IN_EVENT", code);
        }
        return code;
    }

    private static Map<String, List<String>> membersByCombined(List<Booth> all) {
        Map<String, List<String>> members = new HashMap<>();
        for (Booth b : all) {
            if (b.isCombined()) {
                members.computeIfAbsent(b.combinedInto(), k -> new ArrayList<>()).add(b.number());
            }
        }
        members.values().forEach(l -> l.sort(null));
        return members;
    }

    /** Stores a new booth now: a number taken meanwhile (the database's unique key) is {@code BOOTH_NUMBER_TAKEN}. */
    public void store(Booth booth) {
        DatabaseFailures.guarded(() -> {
            repository.add(booth);
            repository.flush();
        }, () -> DomainException.conflict("BOOTH_NUMBER_TAKEN", booth.number()));
    }

    /** Writes the plan's changes now: a number taken meanwhile is {@code BOOTH_NUMBER_TAKEN}. */
    public void flush() {
        DatabaseFailures.guarded(() -> {
            repository.flush();
        }, () -> DomainException.conflict("BOOTH_NUMBER_TAKEN", ""));
    }
}
