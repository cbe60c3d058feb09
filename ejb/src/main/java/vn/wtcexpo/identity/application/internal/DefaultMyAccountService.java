package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.wtcexpo.identity.application.IssuedToken;
import vn.wtcexpo.identity.application.MyAccountService;
import vn.wtcexpo.identity.application.TokenSummary;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.ApiToken;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.UserAccount;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

@Stateless
@RolesAllowed({Roles.VENUE_ADMIN, Roles.ORGANIZER, Roles.EXHIBITOR, Roles.GATE_STAFF})
public class DefaultMyAccountService implements MyAccountService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private TokenSignIns tokens;

    @Resource
    private SessionContext context;

    @Override
    public void changePassword(String currentPassword, String newPassword, boolean revokeTokens) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw DomainException.invalid("currentPassword", "TEXT_REQUIRED");
        }
        UserAccount.checkPassword(newPassword);
        UserAccount account = me();
        Instant now = clock.instant();
        // counted apart from sign-ins: a wrong current password here must not lock the person out
        String key = "password-change:" + account.username();
        long wait = throttle.retryAfter(key, now);
        if (wait > 0) {
            throw DomainException.tooMany("TOO_MANY_ATTEMPTS", wait);
        }
        if (!account.hasPassword(currentPassword)) {
            throttle.failed(key, now);
            throw DomainException.invalid("currentPassword", "ACCOUNT_PASSWORD_WRONG");
        }
        account.changeOwnPassword(PasswordHash.of(newPassword));
        verified.forget(account.username());
        if (revokeTokens) {
            accounts.tokensOf(account.username()).forEach(t -> t.revoke(now));
            tokens.forgetAccount(account.username());
        }
    }

    @Override
    public List<TokenSummary> tokens() {
        Instant now = clock.instant();
        return accounts.tokensOf(caller()).stream().map(t -> TokenSummary.of(t, now)).toList();
    }

    @Override
    public IssuedToken createToken(String name, Integer expiresInDays) {
        Instant now = clock.instant();
        ApiToken.Issued issued = ApiToken.issue(caller(), name, expiresInDays, now);
        UserAccount account = me();
        long live = accounts.tokensOf(account.username()).stream().filter(t -> t.isUsableAt(now)).count();
        if (live >= ApiToken.MAX_LIVE_PER_ACCOUNT) {
            throw DomainException.conflict("TOKEN_LIMIT", ApiToken.MAX_LIVE_PER_ACCOUNT);
        }
        accounts.add(issued.token());
        return new IssuedToken(TokenSummary.of(issued.token(), now), issued.secret());
    }

    @Override
    public void revokeToken(String id) {
        ApiToken token = accounts.token(id).filter(t -> t.username().equals(caller()))
                .orElseThrow(() -> DomainException.notFound("TOKEN_NOT_FOUND"));
        token.revoke(clock.instant());
        tokens.forgetToken(token.id());
    }

    private UserAccount me() {
        return accounts.find(caller()).orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND", caller()));
    }

    private String caller() {
        return Callers.name(context);
    }
}
