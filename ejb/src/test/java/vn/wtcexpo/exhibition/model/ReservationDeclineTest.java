package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A decline always says why. */
class ReservationDeclineTest {

    @Test
    void aDeclineWithoutAReason_isRefused() {
        DomainException e = assertThrows(DomainException.class, () -> HeldBooth.at("e").rejected("   "));
        assertEquals("REASON_REQUIRED", e.code());
    }

    @Test
    void theReasonIsCheckedBeforeTheState() {
        HeldBooth approved = HeldBooth.at("e").approved();
        DomainException e = assertThrows(DomainException.class, () -> approved.rejected(null));
        assertEquals("REASON_REQUIRED", e.code());
    }

    @Test
    void aDeclineKeepsItsReason() {
        assertEquals("Ngành hàng không phù hợp", HeldBooth.at("e").rejected("Ngành hàng không phù hợp").reservation().closeReason());
    }
}
