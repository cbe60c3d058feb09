package vn.wtcexpo.identity.application.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.infrastructure.cluster.ClusterSignal;
import vn.wtcexpo.infrastructure.cluster.ClusterSignals;

/** API tokens found valid a moment ago: forgotten on this server when one is revoked on any server of the cluster. */
class TokenSignInsTest {

    private static final Instant NOW = Instant.parse("2027-08-10T02:00:00Z");

    private final TokenSignIns tokens = new TokenSignIns();
    private final ClusterSignals signals = new ClusterSignals();

    TokenSignInsTest() throws ReflectiveOperationException {
        Field f = TokenSignIns.class.getDeclaredField("signals");
        f.setAccessible(true);
        f.set(tokens, signals);
        tokens.listen();
        tokens.remember("hash-a", "token-a", "organizer", Set.of("ORGANIZER"), NOW.plusSeconds(3600), NOW);
        tokens.remember("hash-b", "token-b", "organizer", Set.of("ORGANIZER"), NOW.plusSeconds(3600), NOW);
        tokens.remember("hash-c", "token-c", "admin", Set.of("VENUE_ADMIN"), NOW.plusSeconds(3600), NOW);
    }

    @Test
    void aTokenRevokedOnAnotherServer_isAskedOfTheDatabaseAgainHere() {
        signals.send(new ClusterSignal(TokenSignIns.TOKEN_ENDED, "token-a"));
        assertNull(tokens.fresh("hash-a", NOW.plusSeconds(1)));
        assertNotNull(tokens.fresh("hash-b", NOW.plusSeconds(1)), "another token of the same account");
    }

    @Test
    void anAccountDisabledOnAnotherServer_losesEveryTokenHere() {
        signals.send(new ClusterSignal(TokenSignIns.ACCOUNT_ENDED, "organizer"));
        assertNull(tokens.fresh("hash-a", NOW.plusSeconds(1)));
        assertNull(tokens.fresh("hash-b", NOW.plusSeconds(1)));
        assertNotNull(tokens.fresh("hash-c", NOW.plusSeconds(1)), "another account's token");
    }

    @Test
    void anEntry_neverOutlivesItsTimeToLive() {
        assertNull(tokens.fresh("hash-c", NOW.plus(TokenSignIns.TIME_TO_LIVE).plusSeconds(1)));
    }
}
