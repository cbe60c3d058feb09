package vn.wtcexpo.identity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.wtcexpo.identity.model.Role;

/** What the venue admin enters to create an account. */
public record NewAccount(
        @NotBlank(message = "{TEXT_REQUIRED}") @Size(min = 3, max = 32, message = "{ACCOUNT_USERNAME_INVALID}") String username,
        @NotBlank(message = "{TEXT_REQUIRED}") @Size(max = 100, message = "{TEXT_TOO_LONG}") String fullName,
        @Size(max = 200, message = "{EMAIL_INVALID}") String email,
        Set<Role> roles,
        String password) {
}
