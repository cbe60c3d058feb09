package vn.wtcexpo.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/** Small operations on the signed-in browser session. */
public final class Sessions {

    private Sessions() {
    }

    /**
     * After the person changed their own password: this session is renewed (new id, signed in as of
     * now), so it outlives the change while every other session of the account ends.
     */
    public static void renewSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn s) {
            request.changeSessionId();
            session.setAttribute(SignedIn.SESSION_KEY, new SignedIn(s.username(), s.groups(), Instant.now().plusMillis(1), false));
        }
    }

    /** Whether the person signed in with a password someone else chose and has not changed it yet. */
    public static boolean mustChangePassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn s && s.mustChangePassword();
    }
}
