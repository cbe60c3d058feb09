package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.wtcexpo.gate.application.LeadFigures;
import vn.wtcexpo.gate.model.ScanFigures;
import vn.wtcexpo.shared.Roles;

/** Figures only, for the post-show report: see {@link LeadFigures}. The report checks whose page it makes. */
@Stateless
public class DefaultLeadFigures implements LeadFigures {

    @Inject
    private ScanFigures repository;

    /** An exhibitor's own leads: the query lead retrieval reads them with. */
    @Inject
    private vn.wtcexpo.gate.model.GateRepository leads;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<Captured> captured(String eventId) {
        return repository.leadTimes(eventId).stream().map(l -> new Captured(l.exhibitorId(), l.at())).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.EXHIBITOR})
    public List<Instant> capturedBy(String eventId, String exhibitorId) {
        return leads.leads(exhibitorId, eventId).stream().map(vn.wtcexpo.gate.model.Lead::scannedAt).sorted().toList();
    }
}
