package vn.wtcexpo.gate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Text;

/**
 * A visitor an exhibitor's staff scanned at the booth: one per exhibitor and badge (scanning again finds it),
 * with the exhibitor's rating (1–5) and notes. Who the visitor is stays with the badge: it is shown and exported
 * only when the visitor consented to share contact details.
 */
@Entity
@Table(name = "exhibitor_lead")
public class Lead {

    public static final int MAX_NOTES = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "exhibitor_id", nullable = false, length = 36)
    private String exhibitorId;

    @Column(name = "badge_id", nullable = false, length = 36)
    private String badgeId;

    private Integer rating;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(name = "scanned_by", nullable = false, length = 50)
    private String scannedBy;

    @Column(name = "scanned_at", nullable = false)
    private Instant scannedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Lead() {
    }

    public static Lead capture(String eventId, String exhibitorId, String badgeId, String scannedBy, Instant now) {
        Lead l = new Lead();
        l.id = UUID.randomUUID().toString();
        l.eventId = eventId;
        l.exhibitorId = exhibitorId;
        l.badgeId = badgeId;
        l.scannedBy = scannedBy.length() > 50 ? scannedBy.substring(0, 50) : scannedBy;
        l.scannedAt = now;
        l.updatedAt = now;
        return l;
    }

    /** Rates the lead (1–5, or none) and keeps the notes (several lines, at most {@link #MAX_NOTES}). */
    public void assess(Integer newRating, String newNotes, Instant now) {
        if (newRating != null && (newRating < 1 || newRating > 5)) {
            throw DomainException.invalid("rating", "LEAD_RATING_OUT_OF_RANGE");
        }
        this.rating = newRating;
        this.notes = Text.optionalLines("notes", newNotes, MAX_NOTES);
        this.updatedAt = now;
    }

    /** Whether {@code scanner} captured this lead on the venue's calendar day of {@code now}: what a lead scanner may list. */
    public boolean capturedBy(String scanner, Instant now) {
        java.time.ZoneId zone = vn.wtcexpo.shared.Formats.VIETNAM;
        return scannedBy.equals(scanner) && scannedAt.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    }

    public String id() { return id; }
    public String eventId() { return eventId; }
    public String exhibitorId() { return exhibitorId; }
    public String badgeId() { return badgeId; }
    public Integer rating() { return rating; }
    public String notes() { return notes; }
    public String scannedBy() { return scannedBy; }
    public Instant scannedAt() { return scannedAt; }
    public Instant updatedAt() { return updatedAt; }
}
