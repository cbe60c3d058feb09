package vn.wtcexpo.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import vn.wtcexpo.registration.application.GateFeed.CodeCheck;
import vn.wtcexpo.registration.application.GateFeed.ScannedBadge;
import vn.wtcexpo.registration.application.internal.EventKeys;
import vn.wtcexpo.registration.model.BadgeCode;
import vn.wtcexpo.registration.model.BadgeSnapshot;
import vn.wtcexpo.registration.model.RegistrationRepository;

/**
 * What a scanner asks of a badge code, for the gate and lead scanning, which ask it with every scan and have
 * checked who calls: a plain CDI bean that runs in the caller's transaction, without a session bean's security
 * check and interceptors on each call. {@link RegistrationService#verify} answers the same. The badge is read as a
 * row, not an entity, on the caller's connection (a gate scan's local transaction, else the JTA one): a scan's
 * second pooled connection and EclipseLink's building of the entity were a tenth of its time on the server.
 */
@ApplicationScoped
public class BadgeChecks {

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventKeys keys;

    /**
     * Whether a scanned code is a valid badge of the event: UNKNOWN_CODE, BAD_SIGNATURE or REVOKED, in that order,
     * else the badge.
     */
    public CodeCheck verify(String code, String eventId) {
        Optional<BadgeCode> parsed = BadgeCode.parse(code);
        if (parsed.isEmpty() || !parsed.get().eventId().toString().equals(eventId)) {
            return new CodeCheck("UNKNOWN_CODE", null);
        }
        BadgeCode c = parsed.get();
        String canonical = code.strip();
        Optional<BadgeSnapshot> badge = repository.snapshotBySecret(c.secretText());
        // A code that is, character for character, the one stored with its badge was signed by this server when the
        // badge was issued (the event's key never changes): checking its signature again would say yes. That saves
        // the check (about 1.5 ms of CPU, the largest part of a scan) at a badge's first scan of the day, which at
        // the opening of a fair is nearly every scan. Any other code is checked, so the order of the reasons holds:
        // a forged or altered code is BAD_SIGNATURE before it is UNKNOWN_CODE or REVOKED.
        boolean issuedAsIs = badge.isPresent() && badge.get().eventId().equals(eventId) && badge.get().code().equals(canonical);
        if (!issuedAsIs && !keys.verifiedBefore(canonical)) {
            PublicKey key = keys.knownPublicKey(eventId)
                    .or(() -> repository.desk(eventId).map(keys::publicKey))
                    .orElse(null);
            if (key == null) {
                return new CodeCheck("UNKNOWN_CODE", null);
            }
            if (!c.verifiedBy(key)) {
                return new CodeCheck("BAD_SIGNATURE", null);
            }
            keys.verifiedNow(canonical);
        }
        if (badge.isEmpty() || !badge.get().eventId().equals(eventId)) {
            return new CodeCheck("UNKNOWN_CODE", null);
        }
        BadgeSnapshot b = badge.get();
        if (!b.isActive() || b.serial() != c.serial() || !b.code().equals(canonical)) {
            return new CodeCheck("REVOKED", scanned(b));
        }
        return new CodeCheck(null, scanned(b));
    }

    /** The badges of these ids that exist, as a scanner shows them. */
    public Map<String, ScannedBadge> scannedBadges(Collection<String> badgeIds) {
        Map<String, ScannedBadge> found = new HashMap<>();
        for (String id : new HashSet<>(badgeIds)) {
            repository.badge(id).ifPresent(b -> found.put(id, scanned(b.snapshot())));
        }
        return found;
    }

    /** A badge as a scanner shows it. */
    private static ScannedBadge scanned(BadgeSnapshot b) {
        return new ScannedBadge(b.id(), b.eventId(), b.kind(), b.fullName(), b.company(), b.jobTitle(), b.email(),
                b.phone(), b.shareContact(), b.interests());
    }
}
