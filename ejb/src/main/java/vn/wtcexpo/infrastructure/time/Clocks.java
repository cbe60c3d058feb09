package vn.wtcexpo.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.wtcexpo.infrastructure.security.Replay;

/**
 * The one clock the use cases read ({@code @Inject Clock}): the system's, in UTC (local days and hours are worked out
 * in Asia/Ho_Chi_Minh where a rule needs them), or, while a use case is replayed ({@link Replay}), the moment of its
 * scene. One place to change it, and rules that take {@code now} from it can be tried at any moment.
 */
@ApplicationScoped
public class Clocks {

    private static final Clock SYSTEM = Clock.systemUTC();

    @Produces
    @Dependent
    Clock clock() {
        return new SceneClock(ZoneOffset.UTC);
    }

    /** The system clock, unless the thread plays a scene. */
    static final class SceneClock extends Clock {

        private final ZoneId zone;

        SceneClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new SceneClock(other);
        }

        @Override
        public Instant instant() {
            return Replay.current().map(Replay.Scene::at).orElseGet(SYSTEM::instant);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
