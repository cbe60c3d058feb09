package vn.wtcexpo.venue.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.venue.application.BlackoutService;
import vn.wtcexpo.venue.application.BlackoutSummary;
import vn.wtcexpo.venue.model.Blackout;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallCode;
import vn.wtcexpo.venue.model.HallOccupation;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;

/** Blackouts: written under the hall's neighbourhood lock, like every booking of it, so neither overlaps the other. */
@Stateless
public class DefaultBlackoutService implements BlackoutService {

    @Inject
    private HallRepository halls;

    @Inject
    private HallSchedule schedule;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public BlackoutSummary addBlackout(String hallCode, Instant start, Instant end, String reason) {
        Hall hall = existing(hallCode);
        Blackout blackout = new Blackout(hall, start, end, reason, Callers.name(context));
        schedule.lockNeighbourhood(hall);
        for (HallOccupation taken : schedule.occupied(hall, start, end)) {
            throw DomainException.conflict(taken.isBooking() ? "BLACKOUT_OVERLAPS_BOOKING" : "BLACKOUT_OVERLAPS_BLACKOUT",
                    taken.hallCode());
        }
        halls.add(blackout);
        schedule.occupyForBlackout(hall, blackout.id(), start, end);
        return BlackoutSummary.of(blackout);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
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
        Set<String> related = schedule.sharingSpaceWith(existing(hallCode));
        return halls.blackouts(related, from, to).stream().map(BlackoutSummary::of).toList();
    }

    private Hall existing(String code) {
        String normalized = HallCode.normalize(code);
        return halls.find(normalized).orElseThrow(() -> DomainException.notFound("HALL_NOT_FOUND", normalized));
    }
}
