package vn.wtcexpo.rest.identity;

/**
 * A password change: {@code currentPassword} is asked of the account's own person, not of the venue admin's reset;
 * {@code revokeTokens} also revokes the account's API tokens (default false).
 */
public record PasswordJson(String currentPassword, String newPassword, Boolean revokeTokens) {
}
