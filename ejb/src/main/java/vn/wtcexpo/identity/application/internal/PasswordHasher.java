package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords the way the identity store checks them: PBKDF2 with HMAC-SHA256. The parameters
 * travel inside each hash, so raising the iteration count later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Must match the identity store's {@code hashAlgorithmParameters} (web module). */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "3072",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void init() {
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}
