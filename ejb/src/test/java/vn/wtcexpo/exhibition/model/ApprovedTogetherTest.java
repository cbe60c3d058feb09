package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** Holds approved together: one company at one event, one payment request. */
class ApprovedTogetherTest {

    @Test
    void noIds_areRefused() {
        assertEquals("RESERVATIONS_REQUIRED", assertThrows(DomainException.class, () -> Reservation.idsTogether(null)).code());
        assertEquals("RESERVATIONS_REQUIRED",
                assertThrows(DomainException.class, () -> Reservation.idsTogether(Arrays.asList((String) null))).code());
    }

    @Test
    void aRepeatedId_countsOnce() {
        assertEquals(List.of("r1", "r2"), Reservation.idsTogether(List.of("r1", "r2", "r1")));
    }

    @Test
    void moreThanTheMostTogether_areRefused() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= Reservation.MAX_TOGETHER; i++) {
            ids.add("r" + i);
        }
        assertEquals("RESERVATIONS_TOO_MANY", assertThrows(DomainException.class, () -> Reservation.idsTogether(ids)).code());
    }

    @Test
    void holdsOfOneCompanyAtOneEvent_go_together() {
        HeldBooth a = HeldBooth.at("e");
        HeldBooth b = HeldBooth.at("e");
        assertSame(a.reservation(), Reservation.ofOneCompany(List.of(a.reservation(), b.reservation())));
    }

    @Test
    void holdsAtTwoEvents_areRefused() {
        List<Reservation> two = List.of(HeldBooth.at("e1").reservation(), HeldBooth.at("e2").reservation());
        assertEquals("RESERVATIONS_NOT_ONE_COMPANY", assertThrows(DomainException.class, () -> Reservation.ofOneCompany(two)).code());
    }
}
