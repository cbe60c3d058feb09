package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.exhibition.application.ExhibitorProfile;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.SignUp;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.ExhibitorMember;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.identity.application.AccountOpening;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

@Stateless
public class DefaultExhibitorService implements ExhibitorService {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private AccountOpening accounts;

    @Inject
    private EventService events;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public ExhibitorProfile signUp(SignUp signUp) {
        if (signUp == null || signUp.company() == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        // every field is checked before anything is looked up or stored
        Exhibitor company = Exhibitor.register(signUp.company().toModel());
        refuseSecondCompany(company);
        DatabaseFailures.guarded(() -> {
            accounts.openExhibitorAccount(signUp.username(), company.contactName(), company.email(), signUp.password());
            repository.add(company);
            repository.flush();
            repository.add(new ExhibitorMember(signUp.username().strip().toLowerCase(), company.id()));
            repository.flush();
        }, () -> DomainException.conflict("ACCOUNT_USERNAME_TAKEN", signUp.username())); // two sign-ups at once: one wins
        return ExhibitorProfile.of(company);
    }

    @Override
    @PermitAll
    public void check(SignUp signUp) {
        if (signUp == null || signUp.company() == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        Exhibitor company = Exhibitor.register(signUp.company().toModel());
        accounts.check(signUp.username(), company.contactName(), company.email(), signUp.password());
        refuseSecondCompany(company);
    }

    /**
     * A company signs up once: a tax code already registered is refused (409 TAX_CODE_REGISTERED), and the page
     * offers to sign in with the company's account instead. A tax code is public (the national business
     * register shows it), so saying that it is registered tells nobody anything new. A branch has its own code.
     */
    private void refuseSecondCompany(Exhibitor company) {
        if (repository.taxCodeRegistered(company.taxCode().compact())) {
            throw DomainException.conflict("TAX_CODE_REGISTERED", company.taxCode().display());
        }
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public Optional<ExhibitorProfile> myCompany() {
        return repository.memberOf(caller()).flatMap(m -> repository.exhibitor(m.exhibitorId())).map(ExhibitorProfile::of);
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public ExhibitorProfile saveMyCompany(ExhibitorProfile profile) {
        if (profile == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        Optional<ExhibitorMember> member = repository.memberOf(caller());
        if (member.isPresent()) {
            Exhibitor company = repository.exhibitor(member.get().exhibitorId()).orElseThrow();
            company.describe(profile.toModel());
            return ExhibitorProfile.of(company);
        }
        Exhibitor company = Exhibitor.register(profile.toModel());
        repository.add(company);
        repository.flush();
        DatabaseFailures.guarded(() -> {
            repository.add(new ExhibitorMember(caller(), company.id()));
            repository.flush();
        }, () -> DomainException.conflict("EXHIBITOR_PROFILE_EXISTS"));
        return ExhibitorProfile.of(company);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.EXHIBITOR})
    public ExhibitorProfile exhibitor(String id) {
        Exhibitor company = repository.exhibitor(id).orElseThrow(() -> DomainException.notFound("EXHIBITOR_NOT_FOUND", id));
        if (Callers.isIn(context, Roles.VENUE_ADMIN)) {
            return ExhibitorProfile.of(company);
        }
        boolean own = repository.memberOf(caller()).map(m -> m.exhibitorId().equals(id)).orElse(false);
        boolean atMyEvent = Callers.isIn(context, Roles.ORGANIZER) && repository.reservationsOfExhibitor(id).stream()
                .map(Reservation::eventId).distinct().anyMatch(events::mayManage);
        if (!own && !atMyEvent) {
            throw DomainException.notFound("EXHIBITOR_NOT_FOUND", id);
        }
        return ExhibitorProfile.of(company);
    }

    private String caller() {
        return Callers.name(context);
    }
}
