package vn.wtcexpo.it.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.it.support.AsOrganizer;
import vn.wtcexpo.it.support.AsVenueAdmin;
import vn.wtcexpo.it.support.Deployments;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.venue.application.HallDraft;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.venue.model.HallKind;

/** The booking use cases inside the container, as the organizer and the venue admin call them. */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class BookingServiceIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2035, 4, 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(BookingServiceIT.class);
    }

    @Inject
    private BookingService bookings;

    @Inject
    private VenueService venue;

    @EJB
    private AsVenueAdmin admin;

    @EJB
    private AsOrganizer organizer;

    private String hall(long dayRate) throws Exception {
        String code = "V" + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        admin.call(() -> venue.addHall(new HallDraft(code, "Sảnh " + code, "Hall " + code, HallKind.EXHIBITION_HALL,
                1000, 800, dayRate, List.of(), true)));
        return code;
    }

    private BookingSummary hold(String hall) throws Exception {
        Instant start = DAY.atStartOfDay(VIETNAM).toInstant();
        return organizer.call(() -> bookings.request(new BookingRequest(hall, "Hội nghị " + hall, start,
                start.plusSeconds(2 * 86_400), 0, 0)));
    }

    private void changeRate(String code, long dayRate) throws Exception {
        admin.call(() -> {
            HallSummary h = venue.hall(code);
            return venue.updateHall(code, new HallDraft(code, h.nameVi(), h.nameEn(), h.kind(), h.areaSqm(),
                    h.capacity(), dayRate, List.of(), true));
        });
    }

    @Test
    void request_isRankOneHoldOfTheCaller() throws Exception {
        BookingSummary b = hold(hall(100_000_000));
        assertEquals(BookingStatus.TENTATIVE, b.status());
        assertEquals(1, b.rank());
        assertEquals("organizer", b.organizer());
    }

    @Test
    void confirmation_pricesAtTheRateOfTheDayItIsConfirmed() throws Exception {
        String code = hall(100_000_000);
        BookingSummary b = hold(code);
        changeRate(code, 120_000_000);
        BookingSummary confirmed = admin.call(() -> bookings.confirm(b.id(), false, null));
        assertEquals(240_000_000, confirmed.quote().netVnd());
    }

    @Test
    void confirmedQuote_isFrozenWhenRatesChangeLater() throws Exception {
        String code = hall(100_000_000);
        BookingSummary b = hold(code);
        admin.call(() -> bookings.confirm(b.id(), false, null));
        changeRate(code, 300_000_000);
        assertEquals(220_000_000, admin.call(() -> bookings.booking(b.id())).quote().grossVnd());
    }

    @Test
    void confirmingRankTwo_withoutOverride_isNotFirstInLine() throws Exception {
        String code = hall(100_000_000);
        hold(code);
        BookingSummary second = hold(code);
        DomainException e = assertThrows(DomainException.class, () -> admin.call(() -> bookings.confirm(second.id(), false, null)));
        assertEquals("NOT_FIRST_IN_LINE", e.code());
    }

    @Test
    void expiringRankOne_promotesRankTwo() throws Exception {
        String code = hall(100_000_000);
        BookingSummary first = hold(code);
        BookingSummary second = hold(code);
        int expired = admin.call(() -> bookings.expireHoldsDueBy(first.holdExpiresAt()));
        assertEquals(true, expired >= 1);
        assertEquals(BookingStatus.EXPIRED, admin.call(() -> bookings.booking(first.id())).status());
        assertEquals(1, admin.call(() -> bookings.booking(second.id())).rank());
    }

    @Test
    void organizer_cannotConfirm() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> organizer.call(() -> bookings.confirm("x", false, null)));
    }
}
