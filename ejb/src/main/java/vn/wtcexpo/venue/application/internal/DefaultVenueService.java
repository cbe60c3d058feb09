package vn.wtcexpo.venue.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.LocalizedText;
import vn.wtcexpo.venue.application.BlackoutSummary;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.venue.model.Blackout;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallKind;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;
import vn.wtcexpo.venue.model.Occupancy;

@Stateless
public class DefaultVenueService implements VenueService {

    @Inject
    private HallRepository halls;

    @Inject
    private HallSchedule schedule;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public List<HallSummary> activeHalls() {
        return halls.active().stream().map(HallSummary::of).toList();
    }

    @Override
    @RolesAllowed(Role.Names.VENUE_ADMIN)
    public List<HallSummary> allHalls() {
        return halls.all().stream().map(HallSummary::of).toList();
    }

    @Override
    @PermitAll
    public HallSummary hall(String code) {
        return HallSummary.of(existing(code));
    }

    @Override
    @RolesAllowed(Role.Names.VENUE_ADMIN)
    public HallSummary addHall(HallDraft draft) {
        String code = draft.code() == null ? null : draft.code().strip().toUpperCase();
        if (halls.findForUpdate(code).isPresent()) {
            throw DomainException.conflict("HALL_CODE_TAKEN", code);
        }
        LocalizedText name = LocalizedText.of("name", draft.nameVi(), draft.nameEn());
        Hall hall;
        if (draft.isCombined()) {
            List<Hall> parts = parts(draft.parts());
            hall = Hall.combined(code, name, parts, draft.capacity(), draft.dayRateVnd());
            checkStatedArea(draft, hall);
        } else {
            hall = Hall.plain(code, name, kindOf(draft), areaOf(draft), draft.capacity(), draft.dayRateVnd());
        }
        if (Boolean.FALSE.equals(draft.active())) {
            hall.retire(List.of());
        }
        halls.add(hall);
        return HallSummary.of(hall);
    }

    @Override
    @RolesAllowed(Role.Names.VENUE_ADMIN)
    public HallSummary updateHall(String code, HallDraft draft) {
        code = code.strip().toUpperCase();
        String wanted = code;
        Hall hall = halls.findForUpdate(code).orElseThrow(() -> DomainException.notFound("HALL_NOT_FOUND", wanted));
        if (draft.code() != null && !draft.code().strip().equalsIgnoreCase(code)) {
            throw DomainException.invalid("code", "HALL_CODE_CANNOT_CHANGE");
        }
        LocalizedText name = LocalizedText.of("name", draft.nameVi(), draft.nameEn());
        if (draft.isCombined()) {
            hall.recombine(name, parts(draft.parts()), draft.capacity(), draft.dayRateVnd());
            checkStatedArea(draft, hall);
        } else {
            if (hall.isCombined()) {
                throw DomainException.invalid("parts", "HALL_COMBINED_NEEDS_TWO_PARTS");
            }
            if (!halls.combinedContaining(code).isEmpty() && draft.areaSqm() != null && draft.areaSqm() != hall.areaSqm()) {
                throw DomainException.conflict("HALL_AREA_FIXED_BY_COMBINED", code);
            }
            hall.describe(name, kindOf(draft), areaOf(draft), draft.capacity(), draft.dayRateVnd());
        }
        if (Boolean.FALSE.equals(draft.active()) && hall.isActive()) {
            hall.retire(halls.combinedContaining(code));
        } else if (Boolean.TRUE.equals(draft.active()) && !hall.isActive()) {
            hall.reactivate();
        }
        return HallSummary.of(hall);
    }

    @Override
    @RolesAllowed(Role.Names.VENUE_ADMIN)
    public BlackoutSummary addBlackout(String hallCode, Instant start, Instant end, String reason) {
        Hall hall = existing(hallCode);
        Blackout blackout = new Blackout(hall, start, end, reason, context.getCallerPrincipal().getName());
        schedule.lockNeighbourhood(hall);
        for (Occupancy taken : schedule.occupied(hall, start, end)) {
            throw DomainException.conflict(taken.isBooking() ? "BLACKOUT_OVERLAPS_BOOKING" : "BLACKOUT_OVERLAPS_BLACKOUT",
                    taken.hallCode());
        }
        halls.add(blackout);
        schedule.occupyForBlackout(hall, blackout.id(), start, end);
        return BlackoutSummary.of(blackout);
    }

    @Override
    @RolesAllowed(Role.Names.VENUE_ADMIN)
    public void removeBlackout(String hallCode, String blackoutId) {
        Blackout blackout = halls.findBlackout(blackoutId)
                .filter(b -> b.hall().code().equalsIgnoreCase(hallCode == null ? "" : hallCode.strip()))
                .orElseThrow(() -> DomainException.notFound("BLACKOUT_NOT_FOUND", blackoutId));
        schedule.releaseBlackout(blackout.id());
        halls.remove(blackout);
    }

    @Override
    @PermitAll
    public List<BlackoutSummary> blackoutsOf(String hallCode) {
        return halls.blackoutsOf(existing(hallCode).code()).stream().map(BlackoutSummary::of).toList();
    }

    @Override
    @PermitAll
    public List<BlackoutSummary> blackoutsBetween(Instant from, Instant to) {
        return halls.blackoutsBetween(from, to).stream().map(BlackoutSummary::of).toList();
    }

    @Override
    @PermitAll
    public List<BlackoutSummary> blackoutsAffecting(String hallCode, Instant from, Instant to) {
        Hall hall = existing(hallCode);
        Set<String> related = new LinkedHashSet<>(hall.footprint());
        related.add(hall.code());
        for (String part : hall.footprint()) {
            halls.combinedContaining(part).forEach(c -> related.add(c.code()));
        }
        return halls.blackouts(related, from, to).stream().map(BlackoutSummary::of).toList();
    }

    private Hall existing(String code) {
        String normalized = code == null ? null : code.strip().toUpperCase();
        return halls.find(normalized).orElseThrow(() -> DomainException.notFound("HALL_NOT_FOUND", normalized));
    }

    private List<Hall> parts(List<String> codes) {
        List<Hall> parts = new ArrayList<>();
        for (String c : codes) {
            String partCode = c == null ? null : c.strip().toUpperCase();
            parts.add(halls.find(partCode).orElseThrow(() -> DomainException.invalid("parts", "HALL_PART_UNKNOWN", partCode)));
        }
        return parts;
    }

    private static HallKind kindOf(HallDraft draft) {
        if (draft.kind() == null) {
            throw DomainException.invalid("kind", "HALL_KIND_REQUIRED");
        }
        return draft.kind();
    }

    private static int areaOf(HallDraft draft) {
        if (draft.areaSqm() == null) {
            throw DomainException.invalid("areaSqm", "VALUE_REQUIRED");
        }
        return draft.areaSqm();
    }

    private static void checkStatedArea(HallDraft draft, Hall combined) {
        if (draft.areaSqm() != null && draft.areaSqm() != combined.areaSqm()) {
            throw DomainException.invalid("areaSqm", "HALL_AREA_IS_SUM_OF_PARTS", combined.areaSqm());
        }
    }
}
