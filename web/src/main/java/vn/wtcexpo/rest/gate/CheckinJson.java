package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.wtcexpo.gate.application.ScanAnswer;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;

/**
 * A gate's answer: {@code ADMITTED} (for an exit: recorded) or {@code DENIED} with a reason, a message in the
 * caller's language, and the badge when the code named one. {@code replayed}: the nonce was seen before and this
 * is that scan's answer; {@code conflict}: an offline gate decided otherwise. For ALREADY_INSIDE,
 * {@code insideSince} and {@code insideGate} say when and through which gate the holder came in (absent otherwise).
 */
@JsonbPropertyOrder({"result", "reason", "message", "badge", "event", "gate", "hall", "direction", "counted", "replayed", "conflict",
        "insideSince", "insideGate"})
public record CheckinJson(String result, @JsonbNillable String reason, String message, @JsonbNillable BadgeJson badge,
                          String event, String gate, String hall, String direction, boolean counted, boolean replayed,
                          boolean conflict, OffsetDateTime insideSince, String insideGate) {

    /** Who the badge names: the holder, the company, the badge type. */
    @JsonbPropertyOrder({"holder", "company", "type"})
    public record BadgeJson(String holder, String company, String type) {
    }

    static CheckinJson of(ScanAnswer a, Locale locale) {
        BadgeJson badge = a.badge() == null ? null
                : new BadgeJson(a.badge().fullName(), a.badge().company(), a.badge().kind().name());
        return new CheckinJson(a.result().name(), a.reason() == null ? null : a.reason().name(), message(a, locale), badge,
                a.eventId(), a.gate(), a.hall(), a.direction().name(), a.counted(), a.replayed(), a.conflict(),
                ApiTime.out(a.insideSince()), a.insideGate());
    }

    /** The words a gate shows: admitted, exit recorded, or the reason. */
    public static String message(ScanAnswer a, Locale locale) {
        if (a.reason() == vn.wtcexpo.gate.model.DenyReason.ALREADY_INSIDE && a.insideSince() != null) {
            // since when and through which gate: what the person at the door is asked next
            return Texts.text(locale, "scan.reason.ALREADY_INSIDE.since", Formats.time(a.insideSince().atZone(Formats.VIETNAM).toLocalTime()),
                    a.insideGate() == null ? "?" : a.insideGate());
        }
        if (a.reason() != null) {
            return Texts.text(locale, "scan.reason." + a.reason().name());
        }
        if (a.direction() == vn.wtcexpo.gate.model.ScanDirection.OUT) {
            return Texts.text(locale, a.counted() ? "scan.exit" : "scan.exitNotInside");
        }
        return Texts.text(locale, "scan.admitted", a.hall());
    }
}
