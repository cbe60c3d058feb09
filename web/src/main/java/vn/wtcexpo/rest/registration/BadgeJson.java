package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.registration.application.BadgeSummary;
import jakarta.ws.rs.core.UriInfo;
import vn.wtcexpo.rest.ApiTime;

/**
 * A badge on the API: {@code code} is the exact text in its QR code; {@code pdfUrl} and {@code qrUrl} are absolute
 * and carry the badge's link key, so whoever holds the registration answer can open them without signing in.
 */
@JsonbPropertyOrder({"badgeId", "event", "type", "status", "code", "fullName", "company", "jobTitle", "email", "phone",
        "locale", "shareWithExhibitors", "interests", "days", "halls", "channel", "prints", "createdAt", "pdfUrl",
        "labelPdfUrl", "qrUrl"})
public record BadgeJson(String badgeId, String event, String type, String status, String code, String fullName,
                        String company, String jobTitle, String email, String phone, String locale,
                        boolean shareWithExhibitors, List<String> interests, List<LocalDate> days, List<String> halls,
                        String channel, int prints, OffsetDateTime createdAt, String pdfUrl, String labelPdfUrl,
                        String qrUrl) {

    /** The badge, its links under {@code origin} (scheme, host and port of the API, without a trailing slash). */
    public static BadgeJson of(BadgeSummary b, String origin) {

        return new BadgeJson(b.id(), b.eventId(), b.kind().name(), b.status().name(), b.code(), b.fullName(), b.company(),
                b.jobTitle(), b.email(), b.phone(), b.locale(), b.shareWithExhibitors(), List.copyOf(b.interests()),
                b.days(), b.halls(), b.channel().name(), b.prints(), ApiTime.out(b.createdAt()), origin + b.pdfPath(),
                origin + b.pdfPath("label"), origin + b.qrPath());
    }

    /** Scheme, host and port the caller used to reach the API. */
    public static String origin(UriInfo uri) {
        java.net.URI base = uri.getBaseUri();
        return base.getScheme() + "://" + base.getRawAuthority();
    }
}
