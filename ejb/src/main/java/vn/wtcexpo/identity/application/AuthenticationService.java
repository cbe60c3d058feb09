package vn.wtcexpo.identity.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Who is calling: passwords (throttled per account and per client address), bearer tokens, and whether a
 * session signed in earlier is still good. The web module's one authentication mechanism asks here;
 * nothing outside the identity context reads the accounts' tables.
 */
public interface AuthenticationService {

    /**
     * Checks a username and password. Failures are counted per account and per client address; past
     * the limits the answer is {@link SignIn.Outcome#THROTTLED} without looking at the password. A hash
     * made at a lower cost than today's is replaced on success.
     */
    SignIn signIn(String username, String password, String clientAddress);

    /** The account a bearer token acts as, with its current roles; invalid when unknown, expired, revoked or disabled. */
    SignIn bearer(String token, String clientAddress);

    /**
     * The current roles of someone who signed in at {@code signedInAt}; empty when the account was
     * disabled or its password changed since (the session must end).
     */
    Optional<SignIn> stillSignedIn(String username, Instant signedInAt);
}
