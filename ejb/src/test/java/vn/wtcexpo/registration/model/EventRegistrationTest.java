package vn.wtcexpo.registration.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** An event's registration desk: open or closed, and a cap on visitors. */
class EventRegistrationTest {

    private static EventRegistration desk() {
        return new EventRegistration("e", "pk", "sealed", Instant.parse("2027-05-01T00:00:00Z"));
    }

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void aNewDesk_isOpen_withoutACap() {
        EventRegistration d = desk();
        for (int i = 0; i < 1000; i++) {
            d.admitVisitor();
        }
        assertEquals(1000, d.visitors());
    }

    @Test
    void aClosedDesk_admitsNoVisitorOnline() {
        EventRegistration d = desk();
        d.settings(false, null);
        assertEquals("REGISTRATION_CLOSED", refusal(d::admitVisitor));
    }

    @Test
    void aClosedDesk_stillRegistersWalkIns() {
        EventRegistration d = desk();
        d.settings(false, null);
        d.admitWalkIn();
        assertEquals(1, d.visitors());
    }

    @Test
    void theCap_holdsOnlineAndAtTheDesk() {
        EventRegistration d = desk();
        d.settings(true, 2);
        d.admitVisitor();
        d.admitWalkIn();
        assertEquals("REGISTRATION_FULL", refusal(d::admitVisitor));
        assertEquals("REGISTRATION_FULL", refusal(d::admitWalkIn));
    }

    @Test
    void aCapBelowThoseRegistered_isRefused() {
        EventRegistration d = desk();
        d.admitVisitor();
        d.admitVisitor();
        assertEquals("REGISTRATION_CAP_BELOW_REGISTERED", refusal(() -> d.settings(true, 1)));
        d.settings(true, 2);
        assertEquals(2, d.cap());
    }

    @Test
    void aCapOfNobody_isRefused() {
        assertEquals("REGISTRATION_CAP_INVALID", refusal(() -> desk().settings(true, 0)));
    }
}
