package vn.wtcexpo.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in to a browser session, kept in the HTTP session after a form login. */
record SignedIn(String username, Set<String> groups) implements Serializable {

    static final String SESSION_KEY = "wtcexpo.signedIn";
}
