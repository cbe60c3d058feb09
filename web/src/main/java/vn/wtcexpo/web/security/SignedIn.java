package vn.wtcexpo.web.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in to a browser session, kept in the HTTP session after a form login. {@code since} is
 * when: a password change or a disabling after it ends the session. {@code mustChangePassword}: the account
 * signed in with a password someone else chose, and sees only its own account page until it has changed it.
 */
record SignedIn(String username, Set<String> groups, Instant since, boolean mustChangePassword) implements Serializable {

    static final String SESSION_KEY = "wtcexpo.signedIn";
}
