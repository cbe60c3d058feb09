package vn.wtcexpo.identity.application;

import java.util.List;

/** What every signed-in person does with their own account: change the password, manage API tokens. */
public interface MyAccountService {

    /**
     * Changes the caller's password; their other browser sessions end, and their API tokens too when
     * {@code revokeTokens} (the person is asked: a password changed because it leaked should take them along).
     *
     * @throws vn.wtcexpo.shared.DomainException {@code ACCOUNT_PASSWORD_WRONG} or a too weak new password
     */
    void changePassword(String currentPassword, String newPassword, boolean revokeTokens);

    List<TokenSummary> tokens();

    /** A new token; its secret is in the answer and nowhere else. */
    IssuedToken createToken(String name, Integer expiresInDays);

    void revokeToken(String id);
}
