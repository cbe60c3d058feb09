package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.wtcexpo.exhibition.application.SellerService;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Seller;
import vn.wtcexpo.shared.Roles;

/** Keeps the seller's identity and accounts: read, checked, stored in its one row. */
@Stateless
public class DefaultSellerService implements SellerService {

    @Inject
    private ExhibitionRepository repository;

    @Override
    @RolesAllowed({Roles.VENUE_ADMIN, Roles.ORGANIZER})
    public Optional<Seller.Details> seller() {
        return repository.seller().map(DefaultSellerService::details);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public Seller.Details change(Seller.Details details) {
        Seller checked = Seller.of(details); // input before state: a bad field is refused before the row is locked
        Optional<Seller> kept = repository.lockSeller();
        if (kept.isPresent()) {
            kept.get().change(details);
            return details(kept.get());
        }
        repository.add(checked);
        repository.flush();
        return details(checked);
    }

    static Seller.Details details(Seller s) {
        return new Seller.Details(s.legalNameVi(), s.legalNameEn(), s.taxCode().display(), s.addressVi(), s.addressEn(),
                s.accounts().stream().map(a -> new Seller.Account(a.bankName(), a.accountNumber(), a.accountHolder(), a.branch(), a.napasBin()))
                        .toList());
    }
}
