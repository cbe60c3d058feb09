package vn.wtcexpo.demo;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import vn.wtcexpo.infrastructure.security.Replay;
import vn.wtcexpo.shared.Roles;

/**
 * The people of the demo and the moments they act: every piece of demo data is a use case of the application services
 * played by one of them ({@link Replay}), so that it obeys the same rules as the pages and the API.
 */
final class Cast {

    static final String ADMIN = "admin";
    static final String ORGANIZER = "organizer";
    static final String EXHIBITOR = "exhibitor";
    /** The name an unauthenticated caller has on Payara: a visitor on the public registration page. */
    static final String ANONYMOUS = "ANONYMOUS";

    private Cast() {
    }

    static <T> T admin(Instant at, Supplier<T> work) {
        return Replay.as(ADMIN, Set.of(Roles.VENUE_ADMIN), at, work);
    }

    static <T> T organizer(Instant at, Supplier<T> work) {
        return Replay.as(ORGANIZER, Set.of(Roles.ORGANIZER), at, work);
    }

    /** An exhibitor company's account: the demo exhibitor or one of the sample companies'. */
    static <T> T exhibitor(String username, Instant at, Supplier<T> work) {
        return Replay.as(username, Set.of(Roles.EXHIBITOR), at, work);
    }

    /** Someone on the public pages, signed in as nobody. */
    static <T> T visitor(Instant at, Supplier<T> work) {
        return Replay.as(ANONYMOUS, Set.of(), at, work);
    }
}
