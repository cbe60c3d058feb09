package vn.wtcexpo.identity.application;

import java.util.Set;

/**
 * The outcome of a sign-in attempt or of a presented token.
 *
 * @param retryAfterSeconds for {@link Outcome#THROTTLED}: when the next attempt will be heard
 */
public record SignIn(Outcome outcome, String username, Set<String> roles, long retryAfterSeconds) {

    public enum Outcome { VALID, INVALID, THROTTLED }

    public static SignIn valid(String username, Set<String> roles) {
        return new SignIn(Outcome.VALID, username, Set.copyOf(roles), 0);
    }

    public static SignIn invalid() {
        return new SignIn(Outcome.INVALID, null, Set.of(), 0);
    }

    public static SignIn throttled(long retryAfterSeconds) {
        return new SignIn(Outcome.THROTTLED, null, Set.of(), Math.max(1, retryAfterSeconds));
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
