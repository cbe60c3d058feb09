package vn.wtcexpo.registration.application;

import java.time.Instant;
import java.util.List;
import vn.wtcexpo.shared.BadgeKind;

/**
 * Registration and badges. Each method is one transaction; refusals are
 * {@link vn.wtcexpo.shared.DomainException}s. Anyone registers online for a published event whose registration
 * is open; the event's organizer (and the venue admin) works the desk: walk-ins of any kind but exhibitor staff,
 * search, printing, revoking, reissuing. Exhibitor staff badges follow the exhibitors' staff lists.
 */
public interface RegistrationService {

    /** Checks a form and that the event is published, storing nothing (so that bad input costs no rate limit). */
    void check(String eventId, RegistrationForm form);

    /**
     * Registers a visitor online: {@code EVENT_NOT_FOUND}, {@code REGISTRATION_CLOSED}, {@code REGISTRATION_FULL}.
     * The same e-mail again (in any letter case) is {@link Registration#alreadyRegistered()}: its badge is mailed to
     * the stored address again, never shown to the caller, and never a second badge is made, even when registration
     * has closed or is full since.
     */
    Registration register(String eventId, RegistrationForm form);

    /** The desk registers someone of {@code kind} (not exhibitor staff); e-mail optional; no rate limit. */
    Registration registerAtDesk(String eventId, BadgeKind kind, RegistrationForm form);

    /** Whether the caller works the event's desk (its organizer, the venue admin). */
    boolean worksDesk(String eventId);

    /** A badge for the desk, the venue admin, or the exhibitor whose staff it is. */
    BadgeSummary badge(String id);

    /** A badge for whoever holds its link key ({@code BADGE_NOT_FOUND} otherwise, so that ids cannot be probed). */
    BadgeSummary badgeWithKey(String id, String key);

    /** The desk's search by name, company, e-mail or phone (any case, with or without diacritics); latest when blank. */
    List<BadgeSummary> search(String eventId, String query, int max);

    /** All badges of the event, of one kind or all (null), by name: exports and batch printing. */
    List<BadgeSummary> badges(String eventId, BadgeKind kind);

    RegistrationStats stats(String eventId);

    /** Whether visitors may register now and how many places are left (anyone, for a published event). */
    DeskSettings desk(String eventId);

    /** Online registration open or not, the cap and the visitors registered, as the organizer set them. */
    DeskSettings settings(String eventId);

    DeskSettings changeSettings(String eventId, boolean open, Integer cap);

    /** Ends a badge; its code goes on the revocation list. */
    BadgeSummary revoke(String badgeId);

    /** A new code for a lost badge; the old one goes on the revocation list; the holder is mailed the new badge. */
    BadgeSummary reissue(String badgeId);

    /** The desk printed the badge (counted; printing is not a check-in). */
    BadgeSummary printed(String badgeId);

    /** The event's public key and what gates need to verify codes offline (anyone, for a published event). */
    BadgeKey badgeKey(String eventId);

    /** The codes gates must refuse, since a moment or all (gate staff, the organizer, the venue admin). */
    List<RevokedCode> revocations(String eventId, Instant since);

    /**
     * The same list for a paired gate device, asked by the gate context, which checked the device's event (a
     * device's own role only: accounts use {@link #revocations}).
     */
    List<RevokedCode> revocationsForGate(String eventId, Instant since);

    /** The calling exhibitor's staff badges for an event. */
    List<BadgeSummary> myStaffBadges(String eventId);

    /** The event a code names, read without verifying it (to route a scan that did not say); empty for junk. */
    java.util.Optional<String> eventOfCode(String code);

    /** The result of {@link #verify}: {@code badge} is null for an unknown code or a bad signature. */
    record CodeCheck(String reason, ScannedBadge badge) {
        public boolean valid() {
            return reason == null;
        }
    }

    /** What a gate or an exhibitor's lead scanner learns from a badge. */
    record ScannedBadge(String id, String eventId, vn.wtcexpo.shared.BadgeKind kind, String fullName, String company,
                        String jobTitle, String email, String phone, boolean shareContact, java.util.Set<String> interests) {
    }

    /** The badges a gate scanned, by id, for answers given again and for the scan log (any badge of the event). */
    java.util.Map<String, ScannedBadge> scannedBadges(java.util.Collection<String> badgeIds);
}
