package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.StaffListChanged;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.exhibition.application.StaffSummary;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.exhibition.model.StaffMember;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

@Stateless
@RolesAllowed(Roles.EXHIBITOR)
public class DefaultStaffService implements StaffService {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Resource
    private SessionContext context;

    @Inject
    private jakarta.enterprise.event.Event<StaffListChanged> staffChanges;

    @Override
    public StaffList myStaff(String eventId) {
        Exhibitor company = company();
        EventSummary event = events.known(eventId);
        return new StaffList(repository.staff(company.id(), event.id()).stream().map(StaffSummary::of).toList(),
                limit(company, event));
    }

    @Override
    public StaffSummary addStaff(String eventId, String fullName, String email, String jobTitle) {
        Exhibitor company = company();
        StaffMember member = new StaffMember(company.id(), eventId, fullName, email, jobTitle);
        EventSummary event = events.known(eventId);
        // one company's staff list grows one at a time: its member row is the lock
        repository.lockCompany(company.id());
        int limit = limit(company, event);
        if (limit == 0) {
            throw DomainException.conflict("STAFF_NEEDS_A_BOOTH");
        }
        if (repository.staff(company.id(), event.id()).size() >= limit) {
            throw DomainException.conflict("STAFF_LIMIT_REACHED", limit);
        }
        DatabaseFailures.guarded(() -> {
            repository.add(member);
            repository.flush();
        }, () -> DomainException.conflict("STAFF_EMAIL_TAKEN", member.email()));
        staffChanges.fire(StaffListChanged.of(company, member, true));
        return StaffSummary.of(member);
    }

    @Override
    public void removeStaff(String eventId, String staffId) {
        Exhibitor company = company();
        StaffMember member = repository.staffMember(staffId)
                .filter(s -> s.exhibitorId().equals(company.id()) && s.eventId().equals(eventId))
                .orElseThrow(() -> DomainException.notFound("STAFF_NOT_FOUND", staffId));
        repository.remove(member);
        staffChanges.fire(StaffListChanged.of(company, member, false));
    }

    /** One person per {@code sqmPerStaff} m² of the company's reserved and sold booths, at least one per booth. */
    private int limit(Exhibitor company, EventSummary event) {
        int limit = 0;
        for (Reservation r : repository.reservationsOfExhibitor(company.id())) {
            if (!r.eventId().equals(event.id()) || !r.countsForStaff()) {
                continue;
            }
            Booth booth = repository.booth(r.boothId()).orElseThrow();
            limit += Math.max(1, (int) Math.floor(booth.area().areaSqm() / event.terms().sqmPerStaff()));
        }
        return limit;
    }

    private Exhibitor company() {
        String me = Callers.name(context);
        return repository.memberOf(me).flatMap(m -> repository.exhibitor(m.exhibitorId()))
                .orElseThrow(() -> DomainException.conflict("EXHIBITOR_PROFILE_MISSING"));
    }

}
