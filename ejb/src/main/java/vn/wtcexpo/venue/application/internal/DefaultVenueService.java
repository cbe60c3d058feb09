package vn.wtcexpo.venue.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.shared.LocalizedText;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallFloorUse;
import vn.wtcexpo.venue.application.HallOutline;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.HallUsage;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.venue.model.Blackout;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallCode;
import vn.wtcexpo.venue.model.HallFeature;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;

@Stateless
public class DefaultVenueService implements VenueService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    /** No hall floor is wider or deeper than 1 km. */
    static final int MAX_SIDE_CM = 100_000;

    @Inject
    private HallRepository halls;

    @Inject
    private HallSchedule schedule;

    /** The contexts that keep bookings on halls (booking today; events later). */
    @Inject
    @Any
    private Instance<HallUsage> usages;

    /** The contexts that draw on a hall's floor (event floor plans). */
    @Inject
    @Any
    private Instance<HallFloorUse> floorUses;

    @Inject
    private HallCatalogue catalogue;

    @Override
    @PermitAll
    public List<HallSummary> activeHalls() {
        return catalogue.activeHalls(() -> halls.active().stream().map(HallSummary::of).toList());
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public List<HallSummary> allHalls() {
        return halls.all().stream().map(HallSummary::of).toList();
    }

    @Override
    @PermitAll
    public HallSummary hall(String code) {
        return HallSummary.of(existing(code));
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public HallSummary addHall(HallDraft draft) {
        String code = HallCode.normalize(draft.code());
        LocalizedText name = LocalizedText.of("name", draft.nameVi(), draft.nameEn());
        Hall hall;
        if (draft.isCombined()) {
            List<Hall> parts = parts(draft.parts());
            // a new combined hall takes no floor space yet, but bookings of its parts must not rank or
            // confirm while it appears: it joins their neighbourhood under their locks
            schedule.lockNeighbourhood(parts.toArray(Hall[]::new));
            hall = Hall.combined(code, name, parts, draft.capacity(), draft.dayRateVnd());
            draft.checkAreaOf(hall);
        } else {
            hall = Hall.plain(code, name, draft.plainKind(), draft.plainArea(), draft.capacity(), draft.dayRateVnd());
        }
        if (halls.findForUpdate(code).isPresent()) {
            throw DomainException.conflict("HALL_CODE_TAKEN", code);
        }
        if (Boolean.FALSE.equals(draft.active())) {
            hall.retire(List.of());
        }
        halls.add(hall);
        catalogue.changed();
        DatabaseFailures.guarded(() -> {
            halls.flush();
        }, () -> DomainException.conflict("HALL_CODE_TAKEN", code));
        return HallSummary.of(hall);
    }

    /**
     * Changes a hall. A change of the floor space it covers (other parts, plain to combined) or its
     * retirement happens under the locks of every hall around its old and its new shape, and is refused
     * with {@code HALL_IN_USE} while holds, confirmed bookings or blackouts depend on the old shape: their
     * occupation rows were written for it.
     */
    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public HallSummary updateHall(String rawCode, HallDraft draft) {
        String code = HallCode.normalize(rawCode);
        Hall hall = existing(code);
        if (draft.code() != null && !code.equals(HallCode.normalize(draft.code()))) {
            throw DomainException.invalid("code", "HALL_CODE_CANNOT_CHANGE");
        }
        LocalizedText name = LocalizedText.of("name", draft.nameVi(), draft.nameEn());
        List<Hall> newParts = draft.isCombined() ? parts(draft.parts()) : List.of();
        if (!draft.isCombined()) {
            draft.plainKind();
            draft.plainArea();
        }
        List<Hall> around = new ArrayList<>(newParts);
        around.add(hall);
        schedule.lockNeighbourhood(around.toArray(Hall[]::new));

        Instant now = clock.instant();
        catalogue.changed();
        Set<String> oldFootprint = hall.footprint();
        if (draft.isCombined()) {
            if (!hall.isCombined() && !halls.combinedCodesContaining(code).isEmpty()) {
                throw DomainException.invalid("parts", "HALL_PART_CANNOT_BE_COMBINED", code);
            }
            hall.recombine(name, newParts, draft.capacity(), draft.dayRateVnd());
            draft.checkAreaOf(hall);
        } else {
            if (hall.isCombined()) {
                throw DomainException.invalid("parts", "HALL_COMBINED_NEEDS_TWO_PARTS");
            }
            if (!halls.combinedContaining(code).isEmpty() && draft.areaSqm() != null && draft.areaSqm() != hall.areaSqm()) {
                throw DomainException.conflict("HALL_AREA_FIXED_BY_COMBINED", code);
            }
            hall.describe(name, draft.plainKind(), draft.plainArea(), draft.capacity(), draft.dayRateVnd());
        }
        if (!hall.footprint().equals(oldFootprint)) {
            refuseIfInUse(code, now, true);
        }
        if (Boolean.FALSE.equals(draft.active()) && hall.isActive()) {
            hall.retire(halls.combinedContaining(code));
            refuseIfInUse(code, now, false);
        } else if (Boolean.TRUE.equals(draft.active()) && !hall.isActive()) {
            hall.reactivate();
        }
        halls.flush();
        return HallSummary.of(hall);
    }

    /** Refuses with {@code HALL_IN_USE}, naming them, when bookings (and, for a new shape, blackouts) depend on the hall. */
    private void refuseIfInUse(String code, Instant now, boolean blackoutsToo) {
        List<String> blocking = new ArrayList<>();
        for (HallUsage usage : usages) {
            for (HallUsage.HallUse use : usage.liveUsesOf(code, now)) {
                blocking.add(use.label() + " [" + use.id() + "]");
            }
        }
        if (blackoutsToo) {
            for (Blackout b : halls.blackoutsOf(code)) {
                if (b.endsAt().isAfter(now)) {
                    blocking.add(b.reason() + " [" + b.id() + "]");
                }
            }
        }
        if (!blocking.isEmpty()) {
            throw DomainException.conflict("HALL_IN_USE", code, blocking.size(), String.join("; ", blocking));
        }
    }

    private Hall existing(String code) {
        String normalized = HallCode.normalize(code);
        return halls.find(normalized).orElseThrow(() -> DomainException.notFound("HALL_NOT_FOUND", normalized));
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public HallSummary addHall(HallDraft draft, HallOutline outline) {
        HallSummary added = addHall(draft);
        return outline == null ? added : changeOutline(added.code(), outline);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public HallSummary updateHall(String code, HallDraft draft, HallOutline outline) {
        HallSummary changed = updateHall(code, draft);
        return outline == null ? changed : changeOutline(changed.code(), outline);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public HallSummary changeOutline(String rawCode, HallOutline outline) {
        String code = HallCode.normalize(rawCode);
        Hall hall = existing(code);
        Rect floor = OutlineInput.floor(outline, hall.floor(), MAX_SIDE_CM);
        List<HallFeature> features = outline.features() == null ? hall.features() : OutlineInput.features(outline.features());
        // the same lock as plan edits and bookings of this hall: nothing is drawn on it meanwhile
        schedule.lockNeighbourhood(hall);
        hall.outline(floor.width(), floor.depth(), features);
        List<Rect> fixed = features.stream().map(HallFeature::area).toList();
        List<String> displaced = new ArrayList<>();
        for (HallFloorUse use : floorUses) {
            displaced.addAll(use.displacedBy(code, hall.floor(), fixed));
        }
        if (!displaced.isEmpty()) {
            throw DomainException.conflict("HALL_OUTLINE_CUTS_BOOTHS", String.join(", ", displaced.subList(0, Math.min(10, displaced.size()))));
        }
        catalogue.changed();
        halls.flush();
        return HallSummary.of(hall);
    }

    private List<Hall> parts(List<String> codes) {
        List<Hall> parts = new ArrayList<>();
        for (String c : codes) {
            String partCode = HallCode.normalize(c);
            parts.add(halls.find(partCode).orElseThrow(() -> DomainException.invalid("parts", "HALL_PART_UNKNOWN", partCode)));
        }
        return parts;
    }
}
