package vn.wtcexpo.identity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Accounts, managed by the venue admin. */
public interface AccountService {

    List<AccountSummary> accounts();

    /** @throws vn.wtcexpo.shared.DomainException {@code ACCOUNT_USERNAME_TAKEN}, or bad input */
    AccountSummary create(@NotNull(message = "{VALUE_REQUIRED}") @Valid NewAccount account);

    /** Stops an account from signing in. Nobody disables their own account or the last venue admin. */
    AccountSummary disable(String username);

    AccountSummary enable(String username);

    void resetPassword(String username, String newPassword);
}
