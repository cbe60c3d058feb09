package vn.wtcexpo.identity.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Who is calling: passwords (throttled per account and per client address), bearer tokens, and whether a
 * session signed in earlier is still good. The web module's one authentication mechanism asks here;
 * nothing outside the identity context reads the accounts' tables.
 */
public interface AuthenticationService {

    /** The name of the cookie a browser keeps after signing in with a password (see {@link #signInOnPage}). */
    String DEVICE_COOKIE = vn.wtcexpo.identity.model.KnownDevice.COOKIE;

    /**
     * Checks a username and password sent to the API (Basic). Failures are counted per account and source (see
     * {@link #signInOnPage}; over the API the known source is the address the account last signed in from); past the
     * limits the answer is {@link SignIn.Outcome#THROTTLED} without looking at the password. A hash made at a lower
     * cost than today's is replaced on success.
     */
    SignIn signIn(String username, String password, String clientAddress);

    /**
     * Checks a username and password typed on the sign-in page of a browser that sent {@code deviceCookie} (or
     * none). A browser that signed in to that account before is never held back by failures from elsewhere; on
     * success a browser without a known cookie gets a new one ({@link SignIn#newDeviceCookie()}).
     */
    SignIn signInOnPage(String username, String password, String clientAddress, String deviceCookie);

    /** The account a bearer token acts as, with its current roles; invalid when unknown, expired, revoked or disabled. */
    SignIn bearer(String token, String clientAddress);

    /**
     * The current roles of someone who signed in at {@code signedInAt}; empty when the account was
     * disabled or its password changed since (the session must end).
     */
    Optional<SignIn> stillSignedIn(String username, Instant signedInAt);

    /** Whether the account must change the password it was given before it does anything else. */
    boolean mustChangePassword(String username);
}
