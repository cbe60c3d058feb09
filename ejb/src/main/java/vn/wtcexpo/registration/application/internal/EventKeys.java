package vn.wtcexpo.registration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.BadgeCode;
import vn.wtcexpo.registration.model.EventRegistration;

/** The events' Ed25519 keys: made per event, the private key sealed in the database, both kept in memory once read. */
@ApplicationScoped
public class EventKeys {

    @Inject
    private MasterKey master;

    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

    /** A new desk for an event, with a new key pair. */
    public EventRegistration newDesk(String eventId, java.time.Instant now) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            String sealed = master.seal(pair.getPrivate().getEncoded(), eventId);
            return new EventRegistration(eventId, publicKey, sealed, now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    /** Signs badges of the desk's event. */
    public Badge.Signer signer(EventRegistration desk) {
        PrivateKey key = privateKeys.computeIfAbsent(desk.eventId(), id -> {
            try {
                byte[] pkcs8 = master.open(desk.sealedPrivateKey(), id);
                return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("unreadable signing key of event " + id, e);
            }
        });
        return (UUID event, byte[] secret, int serial, vn.wtcexpo.shared.BadgeKind kind) ->
                BadgeCode.sign(event, secret, serial, kind, key);
    }

    /** Codes whose signature this server verified: a signature never changes, so it is checked once per code. */
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();
    private static final int MAX_VERIFIED = 200_000;

    /** Whether this server verified the code's signature before. */
    public boolean verifiedBefore(String code) {
        return verified.containsKey(code);
    }

    /** Remembers a code whose signature verified (forgets them all past {@link #MAX_VERIFIED}: about 40 MB). */
    public void verifiedNow(String code) {
        if (verified.size() >= MAX_VERIFIED) {
            verified.clear();
        }
        verified.put(code, Boolean.TRUE);
    }

    /** The event's public key if this server read it before (keys never change). */
    public java.util.Optional<PublicKey> knownPublicKey(String eventId) {
        return java.util.Optional.ofNullable(publicKeys.get(eventId));
    }

    public PublicKey publicKey(EventRegistration desk) {
        return publicKeys.computeIfAbsent(desk.eventId(), id -> {
            try {
                return KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(desk.publicKey())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("unreadable public key of event " + id, e);
            }
        });
    }
}
