package vn.wtcexpo.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class UserAccountTest {

    private static String refusal(Runnable action) {
        return assertThrows(DomainException.class, action::run).code();
    }

    @Test
    void username_isStoredLowerCase() {
        assertEquals("lan.nguyen", new UserAccount(" Lan.Nguyen ", "Lan", null, Set.of(Role.ORGANIZER), "h").username());
    }

    @Test
    void usernameWithSpaces_isRefused() {
        assertEquals("ACCOUNT_USERNAME_INVALID", refusal(() -> new UserAccount("lan nguyen", "Lan", null, Set.of(Role.ORGANIZER), "h")));
    }

    @Test
    void accountWithoutRole_isRefused() {
        assertEquals("ACCOUNT_ROLE_REQUIRED", refusal(() -> new UserAccount("lan", "Lan", null, Set.of(), "h")));
    }

    @Test
    void badEmail_isRefused() {
        assertEquals("EMAIL_INVALID", refusal(() -> new UserAccount("lan", "Lan", "lan@", Set.of(Role.ORGANIZER), "h")));
    }

    @Test
    void shortPassword_isRefused() {
        assertEquals("ACCOUNT_PASSWORD_TOO_SHORT", refusal(() -> UserAccount.checkPassword("1234567")));
    }
}
