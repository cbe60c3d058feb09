package vn.wtcexpo.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import vn.wtcexpo.identity.application.AccountSummary;
import vn.wtcexpo.identity.model.Role;

/** An account on the API; {@code password} is only ever read, on creation, and never written back. */
@JsonbPropertyOrder({"username", "fullName", "email", "roles", "enabled"})
public record AccountJson(String username, String fullName, String email, List<Role> roles, Boolean enabled,
                          String password) {

    static AccountJson of(AccountSummary a) {
        return new AccountJson(a.username(), a.fullName(), a.email(), a.roles().stream().sorted().toList(),
                a.enabled(), null);
    }
}
