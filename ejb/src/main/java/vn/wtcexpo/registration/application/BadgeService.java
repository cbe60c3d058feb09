package vn.wtcexpo.registration.application;

import java.util.List;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The badges of an event as the desk and the back office keep them: found, listed, printed, revoked, reissued; shown
 * to whoever holds a badge's link, and to the exhibitor whose staff it is. Each method is one transaction.
 */
public interface BadgeService {

    /** A badge for the desk, the venue admin, or the exhibitor whose staff it is. */
    BadgeSummary badge(String id);

    /** A badge for whoever holds its link key ({@code BADGE_NOT_FOUND} otherwise, so that ids cannot be probed). */
    BadgeSummary badgeWithKey(String id, String key);

    /** The desk's search by name, company, e-mail or phone (any case, with or without diacritics); latest when blank. */
    List<BadgeSummary> search(String eventId, String query, int max);

    /** All badges of the event, of one kind or all (null), by name: exports and batch printing. */
    List<BadgeSummary> badges(String eventId, BadgeKind kind);

    /** Ends a badge; its code goes on the revocation list. */
    BadgeSummary revoke(String badgeId);

    /** A new code for a lost badge; the old one goes on the revocation list; the holder is mailed the new badge. */
    BadgeSummary reissue(String badgeId);

    /** The desk printed the badge (counted; printing is not a check-in). */
    BadgeSummary printed(String badgeId);

    /** The calling exhibitor's staff badges for an event. */
    List<BadgeSummary> myStaffBadges(String eventId);
}
