package vn.wtcexpo.registration.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.wtcexpo.shared.BadgeKind;

/**
 * What the gates read of registration: the key that verifies badge codes offline, the codes to refuse, the event a
 * code names and the badges they scanned. The scan itself checks a code through {@link BadgeChecks}.
 */
public interface GateFeed {

    /** The event's public key and what gates need to verify codes offline (anyone, for a published event). */
    BadgeKey badgeKey(String eventId);

    /** The codes gates must refuse, since a moment or all (gate staff, the organizer, the venue admin). */
    List<RevokedCode> revocations(String eventId, Instant since);

    /**
     * The same list for a paired gate device, asked by the gate context, which checked the device's event (a
     * device's own role only: accounts use {@link #revocations}).
     */
    List<RevokedCode> revocationsForGate(String eventId, Instant since);

    /** The event a code names, read without verifying it (to route a scan that did not say); empty for junk. */
    Optional<String> eventOfCode(String code);

    /** The badges a gate scanned, by id, for answers given again and for the scan log (any badge of the event). */
    Map<String, ScannedBadge> scannedBadges(Collection<String> badgeIds);

    /** A code checked for a scan: {@code badge} is null for an unknown code or a bad signature. */
    record CodeCheck(String reason, ScannedBadge badge) {
        public boolean valid() {
            return reason == null;
        }
    }

    /** What a gate or an exhibitor's lead scanner learns from a badge. */
    record ScannedBadge(String id, String eventId, BadgeKind kind, String fullName, String company, String jobTitle,
                        String email, String phone, boolean shareContact, Set<String> interests) {
    }
}
