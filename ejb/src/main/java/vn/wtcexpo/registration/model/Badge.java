package vn.wtcexpo.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;

/**
 * A badge of an event: who it is for, its kind (where and when it admits comes from the event's badge type),
 * and its signed code. Reissuing it after a loss gives it a new code (the serial goes up) and puts the old
 * code on the revocation list; revoking it ends it.
 */
@Entity
@Table(name = "badge")
public class Badge {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Signs a badge's code with its event's key. */
    @FunctionalInterface
    public interface Signer {
        String sign(UUID eventId, byte[] secret, int serial, BadgeKind kind);
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BadgeKind kind;

    @Column(nullable = false, length = 24)
    private String secret;

    @Column(nullable = false)
    private int serial;

    @Column(nullable = false, length = 300)
    private String code;

    @Column(name = "access_key", nullable = false, length = 32)
    private String accessKey;

    @Column(name = "full_name", nullable = false, length = Registrant.MAX_NAME)
    private String fullName;

    @Column(length = Registrant.MAX_COMPANY)
    private String company;

    @Column(name = "job_title", length = Registrant.MAX_JOB_TITLE)
    private String jobTitle;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(nullable = false, length = 5)
    private String locale;

    @Column(name = "share_contact", nullable = false)
    private boolean shareContact;

    @Column(length = 1000)
    private String interests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @Column(name = "visitor_email", length = 254)
    private String visitorEmail;

    @Column(name = "staff_id", length = 36)
    private String staffId;

    @Column(name = "exhibitor_id", length = 36)
    private String exhibitorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BadgeStatus status;

    @Column(name = "search_text", nullable = false, length = 800)
    private String searchText;

    @Column(nullable = false)
    private int prints;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Badge() {
    }

    private Badge(String eventId, BadgeKind kind, Registrant who, Channel channel, Instant now, Signer signer) {
        this.id = UUID.randomUUID().toString();
        this.eventId = eventId;
        this.kind = kind;
        this.secret = random(16);
        this.serial = 1;
        this.accessKey = random(24);
        this.fullName = who.fullName();
        this.company = who.company();
        this.jobTitle = who.jobTitle();
        this.email = who.email();
        this.phone = who.phone();
        this.locale = who.locale();
        this.shareContact = who.shareWithExhibitors();
        this.interests = who.interests().isEmpty() ? null : String.join(",", new TreeSet<>(who.interests()));
        this.channel = channel;
        this.visitorEmail = kind == BadgeKind.VISITOR ? who.emailKey() : null;
        this.status = BadgeStatus.ACTIVE;
        this.searchText = who.searchText();
        this.createdAt = now;
        this.updatedAt = now;
        this.code = signer.sign(UUID.fromString(eventId), secretBytes(), serial, kind);
    }

    /** A badge for a visitor or a guest of the organizer (press, VIP, organizer staff, contractor). */
    public static Badge issue(String eventId, BadgeKind kind, Registrant who, Channel channel, Instant now, Signer signer) {
        if (kind == BadgeKind.EXHIBITOR_STAFF) {
            throw DomainException.invalid("type", "BADGE_KIND_FROM_STAFF_LIST");
        }
        return new Badge(eventId, kind, who, channel, now, signer);
    }

    /** The badge of a person on an exhibitor's staff list. */
    public static Badge forStaff(String eventId, String staffId, String exhibitorId, Registrant who, Instant now, Signer signer) {
        Badge b = new Badge(eventId, BadgeKind.EXHIBITOR_STAFF, who, Channel.STAFF_LIST, now, signer);
        b.staffId = staffId;
        b.exhibitorId = exhibitorId;
        return b;
    }

    /** Ends the badge: {@code BADGE_REVOKED} if it already was. Returns the code that goes on the list. */
    public String revoke(Instant now) {
        if (status == BadgeStatus.REVOKED) {
            throw DomainException.conflict("BADGE_REVOKED");
        }
        status = BadgeStatus.REVOKED;
        updatedAt = now;
        return code;
    }

    /** A new code for a lost badge; returns the old code, which goes on the revocation list. */
    public String reissue(Instant now, Signer signer) {
        if (status == BadgeStatus.REVOKED) {
            throw DomainException.conflict("BADGE_REVOKED");
        }
        if (serial >= 0xffff) {
            throw DomainException.conflict("BADGE_REISSUED_TOO_OFTEN");
        }
        String old = code;
        serial++;
        code = signer.sign(UUID.fromString(eventId), secretBytes(), serial, kind);
        updatedAt = now;
        return old;
    }

    /** How long a badge e-mail stands before registering again sends it again (a form sent twice sends one). */
    public static final java.time.Duration MAIL_AGAIN_AFTER = java.time.Duration.ofMinutes(5);

    /**
     * Whether to e-mail the badge now: yes if it has an address and was not mailed in the last few minutes (or
     * {@code always}, for a reissued badge); records the mailing.
     */
    public boolean mailNow(Instant now, boolean always) {
        if (email == null || !always && mailedAt != null && mailedAt.plus(MAIL_AGAIN_AFTER).isAfter(now)) {
            return false;
        }
        mailedAt = now;
        return true;
    }

    /** The desk printed it (printing is not a check-in). */
    public void printed(Instant now) {
        prints++;
        updatedAt = now;
    }

    /** Whether {@code key} is this badge's link key (compared in constant time). */
    public boolean opensWith(String key) {
        return key != null && java.security.MessageDigest.isEqual(key.getBytes(), accessKey.getBytes());
    }

    private byte[] secretBytes() {
        return Base64.getUrlDecoder().decode(secret);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public boolean isActive() { return status == BadgeStatus.ACTIVE; }
    public String id() { return id; }
    public String eventId() { return eventId; }
    public BadgeKind kind() { return kind; }
    public String secret() { return secret; }
    public int serial() { return serial; }
    public String code() { return code; }
    public String accessKey() { return accessKey; }
    public String fullName() { return fullName; }
    public String company() { return company; }
    public String jobTitle() { return jobTitle; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String locale() { return locale; }
    public boolean shareContact() { return shareContact; }
    public Set<String> interests() {
        return interestSet(interests);
    }

    /** What a scanner needs of this badge, as {@link RegistrationRepository#snapshotBySecret} reads it from its row. */
    public BadgeSnapshot snapshot() {
        return new BadgeSnapshot(id, eventId, kind, status, serial, code, fullName, company, jobTitle, email, phone,
                shareContact, interests);
    }

    /** Interests as stored (comma-separated codes, or null), as a sorted set. */
    static Set<String> interestSet(String stored) {
        return stored == null ? Set.of() : new TreeSet<>(Arrays.asList(stored.split(",")));
    }
    public Channel channel() { return channel; }
    public String staffId() { return staffId; }
    public String exhibitorId() { return exhibitorId; }
    public BadgeStatus status() { return status; }
    public int prints() { return prints; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
