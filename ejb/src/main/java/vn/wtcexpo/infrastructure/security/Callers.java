package vn.wtcexpo.infrastructure.security;

import jakarta.ejb.EJBContext;
import java.util.Optional;

/**
 * Who calls a use case, for the services that record or check the caller: the signed-in person (or paired device)
 * as the container knows them; for a replayed scene ({@link Replay}), the person it is played as. One place, so
 * that the seventeen services ask the same question the same way.
 */
public final class Callers {

    /**
     * The principal that replays run as ({@code glassfish-ejb-jar.xml} maps it to the account roles): never an account's
     * name, which cannot hold a colon ({@code identity.model.UserAccount.USERNAME}).
     */
    public static final String REPLAY_PRINCIPAL = "wtc:replay";

    private Callers() {
    }

    /** The caller's name: an account's username, a device's name, or the replayed person. */
    public static String name(EJBContext context) {
        String principal = context.getCallerPrincipal().getName();
        if (REPLAY_PRINCIPAL.equals(principal)) {
            return Replay.current().map(Replay.Scene::username).orElseThrow(Callers::noScene);
        }
        return principal;
    }

    /** Whether the caller holds {@code role}; a replayed person holds the roles of its scene, and no others. */
    public static boolean isIn(EJBContext context, String role) {
        if (REPLAY_PRINCIPAL.equals(context.getCallerPrincipal().getName())) {
            return Replay.current().map(s -> s.roles().contains(role)).orElseThrow(Callers::noScene);
        }
        return context.isCallerInRole(role);
    }

    /**
     * The scene a caller named {@code principal} plays, if it is the replay principal: for the paths that read the
     * principal themselves (the scan's, which is plain CDI and asks Jakarta Security).
     */
    public static Optional<Replay.Scene> sceneOf(String principal) {
        return REPLAY_PRINCIPAL.equals(principal) ? Optional.of(Replay.current().orElseThrow(Callers::noScene)) : Optional.empty();
    }

    private static IllegalStateException noScene() {
        // the replay principal outside a scene acts as nobody: fail, never guess
        return new IllegalStateException("The replay principal called without a scene");
    }
}
