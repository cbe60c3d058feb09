package vn.wtcexpo.infrastructure.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A use case replayed as it happened: called as a given person at a given moment. The demo data is made this way,
 * through the same application services as every client ({@code vn.wtcexpo.demo}): a booking requested by the
 * organizer forty days ago, confirmed by the venue the day after, a visitor registered a week before the show.
 *
 * <p>A scene lives on the calling thread for the length of {@link #as}. The clock of the use cases reads its moment
 * ({@code infrastructure.time.Clocks}); {@link Callers} read its person, but only for the caller principal
 * {@link Callers#REPLAY_PRINCIPAL}, which only a bean declared to run as it in {@code glassfish-ejb-jar.xml} has and no
 * account can have (a username has no colon): a scene set by any other caller changes nobody's identity. E-mails
 * queued in a scene are kept in the outbox, not sent (they belong to the past).
 */
public final class Replay {

    private static final ThreadLocal<Scene> SCENE = new ThreadLocal<>();

    private Replay() {
    }

    /** Who acts and when. */
    public record Scene(String username, Set<String> roles, Instant at) {
        public Scene {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(at, "at");
            roles = Set.copyOf(roles);
        }
    }

    /** Runs {@code work} as {@code username} holding {@code roles}, at the moment {@code at}; scenes do not nest. */
    public static <T> T as(String username, Set<String> roles, Instant at, Supplier<T> work) {
        if (SCENE.get() != null) {
            throw new IllegalStateException("A replayed scene is running already: " + SCENE.get());
        }
        SCENE.set(new Scene(username, roles, at));
        try {
            return work.get();
        } finally {
            SCENE.remove();
        }
    }

    /** The scene being played on this thread, if any. */
    public static Optional<Scene> current() {
        return Optional.ofNullable(SCENE.get());
    }
}
