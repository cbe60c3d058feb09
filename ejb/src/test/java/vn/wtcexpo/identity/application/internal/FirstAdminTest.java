package vn.wtcexpo.identity.application.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The first admin's password: random, readable aloud. */
class FirstAdminTest {

    @Test
    void aPassword_isSixteenCharactersWithoutLookalikes() {
        String p = FirstAdmin.randomPassword();
        assertTrue(p.matches("[A-HJ-NP-Za-km-np-z2-9]{16}"), p);
    }

    @Test
    void twoPasswords_differ() {
        assertNotEquals(FirstAdmin.randomPassword(), FirstAdmin.randomPassword());
    }
}
