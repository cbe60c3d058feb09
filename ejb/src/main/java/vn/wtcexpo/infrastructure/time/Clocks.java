package vn.wtcexpo.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the use cases read ({@code @Inject Clock}): the system's, in UTC (local days and hours are worked out
 * in Asia/Ho_Chi_Minh where a rule needs them). One place to change it, and rules that take {@code now} from it can be
 * tried at any moment.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }
}
