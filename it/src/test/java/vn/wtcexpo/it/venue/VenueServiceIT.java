package vn.wtcexpo.it.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.AsVenueAdmin;
import vn.wtcexpo.it.support.Deployments;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.venue.application.BlackoutSummary;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.BlackoutService;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.venue.model.HallKind;

/** The venue use cases inside the container, one rule per test. */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class VenueServiceIT {

    private static final Instant FEB_1 = Instant.parse("2031-01-31T17:00:00Z");
    private static final Instant FEB_10 = Instant.parse("2031-02-09T17:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(VenueServiceIT.class);
    }

    @Inject
    private VenueService venue;

    @Inject
    private BlackoutService blackouts;

    @EJB
    private AsVenueAdmin admin;

    private static String code(String prefix) {
        String suffix = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        return (prefix + suffix).substring(0, Math.min(10, prefix.length() + suffix.length()));
    }

    private HallSummary plain(String code) throws Exception {
        return admin.call(() -> venue.addHall(new HallDraft(code, "Sảnh " + code, "Hall " + code,
                HallKind.EXHIBITION_HALL, 1000, 800, 10_000_000L, List.of(), true)));
    }

    private HallSummary combined(String code, String... parts) throws Exception {
        return admin.call(() -> venue.addHall(new HallDraft(code, "Ghép " + code, "Combined " + code,
                null, null, 1000, 20_000_000L, List.of(parts), true)));
    }

    @Test
    void addHall_anonymous_isRefusedByTheService() {
        assertThrows(EJBAccessException.class, () -> venue.addHall(new HallDraft("Z1", "a", "b",
                HallKind.EXHIBITION_HALL, 100, 10, 1L, List.of(), true)));
    }

    @Test
    void addHall_asAdmin_isStoredAndReadable() throws Exception {
        String c = code("V");
        plain(c);
        HallSummary read = venue.hall(c);
        assertEquals(1000, read.areaSqm());
        assertEquals("Hall " + c, read.nameEn());
    }

    @Test
    void combinedHall_areaIsSumOfParts() throws Exception {
        String a = code("V");
        String b = code("W");
        plain(a);
        plain(b);
        assertEquals(2000, combined(code("X"), a, b).areaSqm());
    }

    @Test
    void blackoutOfAPart_blocksTheCombinedHall() throws Exception {
        String a = code("V");
        String b = code("W");
        plain(a);
        plain(b);
        String ab = combined(code("X"), a, b).code();
        admin.call(() -> blackouts.addBlackout(a, FEB_1, FEB_10, "Bảo trì"));
        List<BlackoutSummary> affecting = blackouts.blackoutsAffecting(ab, FEB_1, FEB_10);
        assertEquals(1, affecting.size());
        assertEquals(a, affecting.get(0).hall());
    }

    @Test
    void blackoutOfACombinedHall_blocksEachPart() throws Exception {
        String a = code("V");
        String b = code("W");
        plain(a);
        plain(b);
        String ab = combined(code("X"), a, b).code();
        admin.call(() -> blackouts.addBlackout(ab, FEB_1, FEB_10, "Sự kiện tỉnh"));
        assertEquals(1, blackouts.blackoutsAffecting(b, FEB_1, FEB_10).size());
    }

    @Test
    void blackoutOfAnotherPart_doesNotBlockASibling() throws Exception {
        String a = code("V");
        String b = code("W");
        plain(a);
        plain(b);
        combined(code("X"), a, b);
        admin.call(() -> blackouts.addBlackout(a, FEB_1, FEB_10, "Bảo trì"));
        assertTrue(blackouts.blackoutsAffecting(b, FEB_1, FEB_10).isEmpty());
    }

    @Test
    void blackoutOutsideThePeriod_isNotReported() throws Exception {
        String a = code("V");
        plain(a);
        admin.call(() -> blackouts.addBlackout(a, FEB_1, FEB_10, "Bảo trì"));
        assertTrue(blackouts.blackoutsAffecting(a, FEB_10, FEB_10.plusSeconds(86_400)).isEmpty());
    }

    @Test
    void refusedHall_leavesNothingBehind() throws Exception {
        String c = code("V");
        DomainException e = assertThrows(DomainException.class, () -> admin.call(() -> venue.addHall(
                new HallDraft(c, "Sảnh", "Hall", HallKind.EXHIBITION_HALL, 100, 999, 1L, List.of(), true))));
        assertEquals("HALL_CAPACITY_ABOVE_SAFE_DENSITY", e.code());
        DomainException notFound = assertThrows(DomainException.class, () -> venue.hall(c));
        assertEquals("HALL_NOT_FOUND", notFound.code());
    }
}
