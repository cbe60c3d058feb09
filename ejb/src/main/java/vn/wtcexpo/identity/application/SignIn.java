package vn.wtcexpo.identity.application;

import java.util.Set;

/**
 * The outcome of a sign-in attempt or of a presented token.
 *
 * @param retryAfterSeconds for {@link Outcome#THROTTLED}: when the next attempt will be heard
 * @param newDeviceCookie for a browser's valid sign-in: the secret of its new device cookie (null: keep its own)
 */
public record SignIn(Outcome outcome, String username, Set<String> roles, long retryAfterSeconds, String newDeviceCookie) {

    public enum Outcome { VALID, INVALID, THROTTLED }

    public static SignIn valid(String username, Set<String> roles) {
        return new SignIn(Outcome.VALID, username, Set.copyOf(roles), 0, null);
    }

    public static SignIn invalid() {
        return new SignIn(Outcome.INVALID, null, Set.of(), 0, null);
    }

    public static SignIn throttled(long retryAfterSeconds) {
        return new SignIn(Outcome.THROTTLED, null, Set.of(), Math.max(1, retryAfterSeconds), null);
    }

    /** The same valid sign-in, with a device cookie for the browser to keep. */
    public SignIn withDeviceCookie(String secret) {
        return new SignIn(outcome, username, roles, retryAfterSeconds, secret);
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
