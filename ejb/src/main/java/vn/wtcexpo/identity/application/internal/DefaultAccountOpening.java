package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import vn.wtcexpo.identity.application.AccountOpening;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;
import vn.wtcexpo.shared.DomainException;

@Stateless
@PermitAll
public class DefaultAccountOpening implements AccountOpening {

    @Inject
    private AccountRepository accounts;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void check(String username, String fullName, String email, String password) {
        new UserAccount(username, fullName, email, Set.of(Role.EXHIBITOR), null);
        UserAccount.checkPassword(password);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void openExhibitorAccount(String username, String fullName, String email, String password) {
        UserAccount.checkPassword(password);
        UserAccount account = new UserAccount(username, fullName, email, Set.of(Role.EXHIBITOR), null);
        if (accounts.find(account.username()).isPresent()) {
            throw DomainException.conflict("ACCOUNT_USERNAME_TAKEN", account.username());
        }
        account.changePassword(PasswordHash.of(password));
        accounts.add(account);
    }
}
