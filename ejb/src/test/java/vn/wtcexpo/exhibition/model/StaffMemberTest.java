package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A person an exhibitor brings. */
class StaffMemberTest {

    @Test
    void anAddress_isKeptInLowerCase_soThatItIsOneAddress() {
        assertEquals("lan.nguyen@example.vn", new StaffMember("x", "e", "Nguyễn Lan", "Lan.Nguyen@Example.VN", null).email());
    }

    @Test
    void aJobTitle_isOptional() {
        assertNull(new StaffMember("x", "e", "Nguyễn Lan", "lan@example.vn", "  ").jobTitle());
    }

    @Test
    void aName_isRequired() {
        assertEquals("TEXT_REQUIRED",
                assertThrows(DomainException.class, () -> new StaffMember("x", "e", "", "lan@example.vn", null)).code());
    }

    @Test
    void aBadAddress_isRefused() {
        assertThrows(DomainException.class, () -> new StaffMember("x", "e", "Lan", "lan@", null));
    }
}
