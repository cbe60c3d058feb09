package vn.wtcexpo.registration.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;

class BadgeTest {

    private static final Instant T0 = Instant.parse("2027-08-01T02:00:00Z");
    private static final Badge.Signer SIGNER = (event, secret, serial, kind) -> "code-" + serial;

    private static Badge visitor(String email) {
        Registrant who = Registrant.of("Hoàng Lan", null, null, email, null, "vi", false, List.of(), email != null, List.of());
        return Badge.issue(UUID.randomUUID().toString(), BadgeKind.VISITOR, who, Channel.ONLINE, T0, SIGNER);
    }

    @Test
    void registeringAgainWithinFiveMinutes_mailsOnce() {
        Badge b = visitor("lan@example.vn");
        assertTrue(b.mailNow(T0, true));
        assertFalse(b.mailNow(T0.plusSeconds(60), false));
        assertTrue(b.mailNow(T0.plusSeconds(301), false));
    }

    @Test
    void aBadgeWithoutEmail_isNeverMailed() {
        assertFalse(visitor(null).mailNow(T0, true));
    }

    @Test
    void reissuing_givesANewCodeAndReturnsTheOld() {
        Badge b = visitor("lan@example.vn");
        String old = b.reissue(T0, SIGNER);
        assertEquals("code-1", old);
        assertNotEquals(old, b.code());
        assertEquals(2, b.serial());
    }

    @Test
    void aRevokedBadge_cannotBeReissued() {
        Badge b = visitor("lan@example.vn");
        b.revoke(T0);
        assertEquals("BADGE_REVOKED", assertThrows(DomainException.class, () -> b.reissue(T0, SIGNER)).code());
    }

    @Test
    void exhibitorStaffBadges_comeOnlyFromStaffLists() {
        Registrant who = Registrant.of("Lan", null, null, null, null, "vi", false, List.of(), false, List.of());
        assertThrows(DomainException.class,
                () -> Badge.issue(UUID.randomUUID().toString(), BadgeKind.EXHIBITOR_STAFF, who, Channel.DESK, T0, SIGNER));
    }

    @Test
    void onlyTheLinkKey_opensTheBadge() {
        Badge b = visitor("lan@example.vn");
        assertTrue(b.opensWith(b.accessKey()));
        assertFalse(b.opensWith("guess"));
        assertFalse(b.opensWith(null));
    }
}
