package vn.wtcexpo.identity.application;

import java.util.List;

/** What every signed-in person does with their own account: change the password, manage API tokens. */
public interface MyAccountService {

    /** @throws vn.wtcexpo.shared.DomainException {@code ACCOUNT_PASSWORD_WRONG} or a too weak new password */
    void changePassword(String currentPassword, String newPassword);

    List<TokenSummary> tokens();

    /** A new token; its secret is in the answer and nowhere else. */
    IssuedToken createToken(String name, Integer expiresInDays);

    void revokeToken(String id);
}
