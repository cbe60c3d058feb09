package vn.wtcexpo.registration.application;

/**
 * Badges as files: the QR image (PNG) and printable PDFs, one badge or many. Made on demand, outside any
 * registration transaction. Who may have them is checked as for {@link RegistrationService#badge}, or by the
 * badge's link key.
 */
public interface BadgeDocuments {

    /** The QR code of a badge as a PNG; {@code key} is the link key, or null for a signed-in caller. */
    byte[] qrPng(String badgeId, String key);

    /** The printable badge. */
    byte[] pdf(String badgeId, String key, BadgeFormat format);

    /** The calling exhibitor's staff badges for an event, one per page. */
    byte[] myStaffPdf(String eventId, BadgeFormat format);

    /** Starts printing all active badges of a kind (all kinds: null) of an event to one PDF in the background (desk). */
    BadgeJob startBatch(String eventId, vn.wtcexpo.shared.BadgeKind kind, BadgeFormat format);

    /** A batch as its starter (or the venue admin) sees it. */
    BadgeJob job(String jobId);

    /** The finished batch's PDF ({@code BADGE_JOB_NOT_READY} while it runs). */
    byte[] jobPdf(String jobId);
}
