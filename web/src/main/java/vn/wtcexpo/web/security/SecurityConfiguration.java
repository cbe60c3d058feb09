package vn.wtcexpo.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Accounts are checked against the database: PBKDF2 hashes in {@code app_user}, roles in
 * {@code app_user_role}. Disabled accounts are not found, so they cannot sign in. The hash parameters
 * match {@code PasswordHasher} in the core module.
 */
@ApplicationScoped
@DeclareRoles({"VENUE_ADMIN", "ORGANIZER", "EXHIBITOR", "GATE_STAFF"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/wtcexpo",
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select role from app_user_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations=3072",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
public class SecurityConfiguration {
}
