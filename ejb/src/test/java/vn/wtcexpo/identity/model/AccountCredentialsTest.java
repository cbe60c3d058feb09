package vn.wtcexpo.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** An account's password: its rules, who chose it, and what a change ends. */
class AccountCredentialsTest {

    private static final String HASH = PasswordHash.of("correct horse");

    private static UserAccount account() {
        return new UserAccount("lan", "Lan", "lan@example.vn", Set.of(Role.ORGANIZER), HASH);
    }

    private static String refusal(String password) {
        return assertThrows(DomainException.class, () -> UserAccount.checkPassword(password)).code();
    }

    @Test
    void aPassword_isAtLeastEightCharacters_andAtMostTwoHundred() {
        UserAccount.checkPassword("12345678");
        assertEquals("ACCOUNT_PASSWORD_TOO_SHORT", refusal("1234567"));
        assertEquals("ACCOUNT_PASSWORD_TOO_SHORT", refusal(null));
        assertEquals("TEXT_TOO_LONG", refusal("x".repeat(201)));
    }

    @Test
    void aPasswordWithAControlCharacter_isRefused() {
        assertEquals("TEXT_CONTROL_CHARACTER", refusal("abcd\u0000efgh"));
    }

    @Test
    void theRightPassword_opensTheAccount_andNoOther() {
        assertTrue(account().hasPassword("correct horse"));
        assertFalse(account().hasPassword("Correct horse"));
    }

    @Test
    void aPasswordChosenBySomeoneElse_mustBeChanged_untilItsOwnerChangesIt() {
        UserAccount a = account();
        a.requirePasswordChange();
        assertTrue(a.passwordChangeRequired());
        a.changePassword(PasswordHash.of("given by the admin"));
        assertTrue(a.passwordChangeRequired(), "a password set by the admin is still not the owner's");
        a.changeOwnPassword(PasswordHash.of("my own choice"));
        assertFalse(a.passwordChangeRequired());
        assertTrue(a.hasPassword("my own choice"));
    }

    @Test
    void aChange_ofThePassword_endsSessionsSignedInBefore() throws Exception {
        UserAccount a = account();
        var before = a.credentialsChangedAt();
        Thread.sleep(2);
        a.changeOwnPassword(PasswordHash.of("my own choice"));
        assertTrue(a.credentialsChangedAt().isAfter(before));
    }

    @Test
    void aStrongerHash_ofTheSamePassword_signsNobodyOut() {
        UserAccount a = account();
        var before = a.credentialsChangedAt();
        a.rehash(PasswordHash.of("correct horse"));
        assertEquals(before, a.credentialsChangedAt());
        assertTrue(a.hasPassword("correct horse"));
    }

    @Test
    void aDisabledAccount_endsItsSessions() throws Exception {
        UserAccount a = account();
        var before = a.credentialsChangedAt();
        Thread.sleep(2);
        a.disable();
        assertFalse(a.isEnabled());
        assertTrue(a.credentialsChangedAt().isAfter(before));
        a.enable();
        assertTrue(a.isEnabled());
    }

    @Test
    void aStoredHashThatIsNoHash_opensNothing_andIsWeak() {
        UserAccount a = new UserAccount("minh", "Minh", null, Set.of(Role.ORGANIZER), "not-a-hash");
        assertFalse(a.hasPassword("not-a-hash"));
        assertTrue(a.hasWeakPasswordHash());
    }
}
