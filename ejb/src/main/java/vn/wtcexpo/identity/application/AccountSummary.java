package vn.wtcexpo.identity.application;

import java.time.Instant;
import java.util.Set;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;

/** An account as the outside sees it (never the password hash). */
public record AccountSummary(String username, String fullName, String email, Set<Role> roles, boolean enabled,
                             Instant createdAt) {

    public static AccountSummary of(UserAccount a) {
        return new AccountSummary(a.username(), a.fullName(), a.email(), a.roles(), a.isEnabled(), a.createdAt());
    }
}
