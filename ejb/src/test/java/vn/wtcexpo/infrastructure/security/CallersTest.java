package vn.wtcexpo.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallersTest {

    private static final Instant AT = Instant.parse("2026-11-01T02:00:00Z");

    /** A container's context for a caller named {@code principal} who holds {@code roles}. */
    private static EJBContext caller(String principal, String... roles) {
        Principal p = () -> principal;
        return (EJBContext) Proxy.newProxyInstance(CallersTest.class.getClassLoader(), new Class<?>[]{EJBContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> p;
                    case "isCallerInRole" -> Set.of(roles).contains((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theReplayPrincipal_actsAsThePersonOfTheScene() {
        EJBContext replay = caller(Callers.REPLAY_PRINCIPAL, "VENUE_ADMIN", "ORGANIZER", "EXHIBITOR");
        String name = Replay.as("organizer", Set.of("ORGANIZER"), AT, () -> Callers.name(replay));
        assertEquals("organizer", name);
    }

    @Test
    void theReplayPrincipal_holdsTheRolesOfTheSceneOnly() {
        EJBContext replay = caller(Callers.REPLAY_PRINCIPAL, "VENUE_ADMIN", "ORGANIZER", "EXHIBITOR");
        assertTrue(Replay.as("organizer", Set.of("ORGANIZER"), AT, () -> Callers.isIn(replay, "ORGANIZER")));
        assertFalse(Replay.as("organizer", Set.of("ORGANIZER"), AT, () -> Callers.isIn(replay, "VENUE_ADMIN")));
    }

    @Test
    void theReplayPrincipal_outsideAScene_isNobody() {
        EJBContext replay = caller(Callers.REPLAY_PRINCIPAL, "VENUE_ADMIN");
        assertThrows(IllegalStateException.class, () -> Callers.name(replay));
        assertThrows(IllegalStateException.class, () -> Callers.isIn(replay, "VENUE_ADMIN"));
    }

    @Test
    void anyOtherCaller_isWhoTheContainerSays_evenInsideAScene() {
        EJBContext visitor = caller("lan.nguyen", "EXHIBITOR");
        assertEquals("lan.nguyen", Replay.as("admin", Set.of("VENUE_ADMIN"), AT, () -> Callers.name(visitor)));
        assertFalse(Replay.as("admin", Set.of("VENUE_ADMIN"), AT, () -> Callers.isIn(visitor, "VENUE_ADMIN")));
        assertTrue(Callers.isIn(visitor, "EXHIBITOR"));
    }

    @Test
    void aPathThatReadsThePrincipalItself_findsTheSceneOfTheReplayPrincipalOnly() {
        assertEquals("gate", Replay.as("gate", Set.of("GATE_STAFF"), AT,
                () -> Callers.sceneOf(Callers.REPLAY_PRINCIPAL).orElseThrow().username()));
        assertTrue(Replay.as("gate", Set.of("GATE_STAFF"), AT, () -> Callers.sceneOf("wtcd_device-1").isEmpty()));
        assertThrows(IllegalStateException.class, () -> Callers.sceneOf(Callers.REPLAY_PRINCIPAL));
    }
}
