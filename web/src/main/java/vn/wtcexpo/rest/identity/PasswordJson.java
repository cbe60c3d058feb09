package vn.wtcexpo.rest.identity;

/** A password change: {@code currentPassword} is asked of the account's own person, not of the venue admin's reset. */
public record PasswordJson(String currentPassword, String newPassword) {
}
