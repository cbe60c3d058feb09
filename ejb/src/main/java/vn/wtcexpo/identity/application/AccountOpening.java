package vn.wtcexpo.identity.application;

/**
 * Accounts that people open for themselves, for contexts with a public sign-up (an exhibitor company's
 * first account). Runs in the caller's transaction, so the account and what it signs up for are stored
 * together or not at all.
 */
public interface AccountOpening {

    /**
     * Opens an enabled account with the exhibitor role.
     *
     * @throws vn.wtcexpo.shared.DomainException {@code ACCOUNT_USERNAME_TAKEN} (409), or bad input (400)
     */
    void openExhibitorAccount(String username, String fullName, String email, String password);

    /** Checks what {@link #openExhibitorAccount} would be given, without looking anything up. */
    void check(String username, String fullName, String email, String password);
}
