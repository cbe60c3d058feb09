package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** E-mail addresses and phone numbers as people type them. */
class ContactsTest {

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void anAddress_isTrimmed() {
        assertEquals("lan@example.vn", Contacts.email("email", "  lan@example.vn "));
    }

    @Test
    void anAddressWithoutADomain_isRefused() {
        assertEquals("EMAIL_INVALID", refusal(() -> Contacts.email("email", "lan@example")));
        assertEquals("EMAIL_INVALID", refusal(() -> Contacts.email("email", "lan at example.vn")));
    }

    @Test
    void aRequiredAddress_leftOut_isRequired() {
        assertEquals("TEXT_REQUIRED", refusal(() -> Contacts.email("email", " ")));
    }

    @Test
    void anOptionalAddress_leftOut_isNull() {
        assertNull(Contacts.optionalEmail("email", ""));
        assertEquals("EMAIL_INVALID", refusal(() -> Contacts.optionalEmail("email", "x@")));
    }

    @Test
    void aPhoneNumber_mayHaveSpacesDotsBracketsAndAPlus() {
        assertEquals("+84 (274) 3812.345", Contacts.optionalPhone("phone", "+84 (274) 3812.345"));
        assertNull(Contacts.optionalPhone("phone", null));
    }

    @Test
    void aPhoneNumberWithLetters_isRefused() {
        assertEquals("PHONE_INVALID", refusal(() -> Contacts.optionalPhone("phone", "call me maybe")));
        assertEquals("PHONE_INVALID", refusal(() -> Contacts.optionalPhone("phone", "12345")));
    }
}
