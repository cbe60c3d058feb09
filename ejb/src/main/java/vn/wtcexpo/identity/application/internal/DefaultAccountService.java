package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.wtcexpo.identity.application.AccountClosed;
import vn.wtcexpo.identity.application.AccountService;
import vn.wtcexpo.identity.application.AccountSummary;
import vn.wtcexpo.identity.application.NewAccount;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

@Stateless
@RolesAllowed(Roles.VENUE_ADMIN)
public class DefaultAccountService implements AccountService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private AccountRepository accounts;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private TokenSignIns tokens;

    @Resource
    private SessionContext context;

    @Inject
    private jakarta.enterprise.event.Event<AccountClosed> closed;

    @Override
    public List<AccountSummary> accounts() {
        return accounts.all().stream().map(AccountSummary::of).toList();
    }

    @Override
    public AccountSummary create(NewAccount request) {
        UserAccount.checkPassword(request.password());
        UserAccount account = new UserAccount(request.username(), request.fullName(), request.email(),
                request.roles(), PasswordHash.of(request.password()));
        if (accounts.find(account.username()).isPresent()) {
            throw DomainException.conflict("ACCOUNT_USERNAME_TAKEN", account.username());
        }
        accounts.add(account);
        return AccountSummary.of(account);
    }

    @Override
    public AccountSummary disable(String username) {
        UserAccount account = existing(username);
        if (account.username().equals(Callers.name(context))) {
            throw DomainException.conflict("ACCOUNT_CANNOT_DISABLE_SELF");
        }
        if (account.isEnabled() && account.has(Role.VENUE_ADMIN) && accounts.countEnabledWith(Role.VENUE_ADMIN) <= 1) {
            throw DomainException.conflict("ACCOUNT_LAST_ADMIN");
        }
        account.disable();
        verified.forget(account.username());
        revokeTokens(account.username());
        closed.fire(new AccountClosed(account.username()));
        return AccountSummary.of(account);
    }

    @Override
    public AccountSummary enable(String username) {
        UserAccount account = existing(username);
        account.enable();
        return AccountSummary.of(account);
    }

    @Override
    public void resetPassword(String username, String newPassword) {
        UserAccount account = existing(username);
        UserAccount.checkPassword(newPassword);
        account.changePassword(PasswordHash.of(newPassword));
        // the admin chose it and knows it: its owner chooses their own at the next sign-in
        account.requirePasswordChange();
        verified.forget(account.username());
        // a reset is for a password that someone else may know: what was made with it goes too
        revokeTokens(account.username());
    }

    private void revokeTokens(String username) {
        Instant now = clock.instant();
        accounts.tokensOf(username).forEach(t -> t.revoke(now));
        tokens.forgetAccount(username);
    }

    private UserAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND", username));
    }
}
