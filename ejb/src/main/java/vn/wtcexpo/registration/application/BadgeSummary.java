package vn.wtcexpo.registration.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.BadgeStatus;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.shared.BadgeKind;

/**
 * A badge as staff and its holder see it, with where and when it admits. {@code accessKey} opens its QR
 * image and PDF without signing in (the links of the registration answer and e-mail).
 */
public record BadgeSummary(String id, String eventId, BadgeKind kind, String code, int serial, String fullName,
                           String company, String jobTitle, String email, String phone, String locale,
                           boolean shareWithExhibitors, Set<String> interests, Channel channel, BadgeStatus status,
                           int prints, Instant createdAt, String accessKey, List<java.time.LocalDate> days,
                           List<String> halls) {

    public static BadgeSummary of(Badge b, List<java.time.LocalDate> days, List<String> halls) {
        return new BadgeSummary(b.id(), b.eventId(), b.kind(), b.code(), b.serial(), b.fullName(), b.company(),
                b.jobTitle(), b.email(), b.phone(), b.locale(), b.shareContact(), b.interests(), b.channel(), b.status(),
                b.prints(), b.createdAt(), b.accessKey(), days, halls);
    }

    /** The badge's A6 PDF under the API, with its link key. */
    public String pdfPath() {
        return pdfPath(id, accessKey, null);
    }

    /** The badge's PDF under the API, with its link key; {@code size} {@code a6} or {@code label}. */
    public String pdfPath(String size) {
        return pdfPath(id, accessKey, size);
    }

    /** The badge's QR image under the API, with its link key. */
    public String qrPath() {
        return "/api/badges/" + id + "/qr.png?key=" + accessKey;
    }

    /** The one spelling of a badge's PDF link (the API, the pages and the e-mail use it). */
    public static String pdfPath(String id, String accessKey, String size) {
        return "/api/badges/" + id + "/badge.pdf?key=" + accessKey + (size == null || size.isEmpty() ? "" : "&size=" + size);
    }

    public boolean active() {
        return status == BadgeStatus.ACTIVE;
    }
}
