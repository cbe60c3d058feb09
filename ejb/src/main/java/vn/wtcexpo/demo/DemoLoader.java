package vn.wtcexpo.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.wtcexpo.shared.Roles;

/**
 * Plays the demo's history through the application services. It runs as the replay principal
 * ({@code META-INF/glassfish-ejb-jar.xml}, {@code infrastructure.security.Callers}), and with no transaction of its
 * own: each use case commits on its own, as it did when it "happened".
 */
@Stateless
@LocalBean
@RunAs(Roles.VENUE_ADMIN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLoader {

    @Inject
    private DemoVenue venue;

    @Inject
    private DemoFair fair;

    @Inject
    private DemoToday today;

    @Inject
    private DemoHistory history;

    public void load() {
        // one "now" for the whole history, to the microsecond the database keeps
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        venue.loadIfEmpty(now);
        fair.loadIfEmpty(now);
        history.loadIfNone(now);
        today.loadIfNoneToday(now);
    }
}
