package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.wtcexpo.gate.application.ScanHistory;
import vn.wtcexpo.gate.model.ScanFigures;
import vn.wtcexpo.shared.Roles;

/** Figures only, for other contexts' aggregates: see {@link ScanHistory}. */
@Stateless
// figures for the forecast, which only the organizers and the venue admin ask for
@RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
public class DefaultScanHistory implements ScanHistory {

    @Inject
    private ScanFigures repository;

    @Override
    public List<CountedScan> counted(String eventId, Instant from, Instant to) {
        return repository.countedScans(eventId, from, to).stream()
                .map(r -> new CountedScan(r.badgeId(), r.kind(), r.hall(), r.gate(), r.in(), r.deviceId(), r.at())).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.EXHIBITOR})
    public List<Entry> entries(String eventId, java.util.Set<vn.wtcexpo.shared.BadgeKind> kinds) {
        return repository.entries(eventId, kinds).stream().map(e -> new Entry(e.hall(), e.at())).toList();
    }

    @Override
    public Tally tally(String eventId, java.time.LocalDate day, Instant origin) {
        return new Tally(repository.arrivals(eventId, day).stream()
                .map(r -> new FirstEntries(r.hall(), r.kind(),
                        vn.wtcexpo.gate.model.ScanLedger.Arrival.quartersSince(origin, r.quarterStart()), r.count()))
                .toList(), repository.entriesPerGate(eventId, day));
    }
}
