package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.wtcexpo.registration.application.BadgeKey;

/** The event's public key for offline verification of badge codes, and where and when each badge type admits. */
@JsonbPropertyOrder({"event", "algorithm", "format", "publicKey", "badgeTypes", "days"})
public record BadgeKeyJson(String event, String algorithm, String format, String publicKey, List<TypeJson> badgeTypes,
                           List<DayJson> days) {

    @JsonbPropertyOrder({"type", "days", "halls"})
    public record TypeJson(String type, List<LocalDate> days, List<String> halls) {
    }

    /**
     * A show day's opening hours. The examples are ours: SmallRye's own (13:45:30.123456789) is written unquoted,
     * which a YAML 1.1 reader takes for a malformed number; so is any time from 10:00 on (17:30 reads as the
     * sexagesimal number 1050), hence two morning hours with a leading zero.
     */
    @JsonbPropertyOrder({"day", "opens", "closes"})
    public record DayJson(LocalDate day,
                          @Schema(type = SchemaType.STRING, format = "local-time", example = "08:00") LocalTime opens,
                          @Schema(type = SchemaType.STRING, format = "local-time", example = "09:30") LocalTime closes) {
    }

    static BadgeKeyJson of(BadgeKey k) {
        return new BadgeKeyJson(k.eventId(), k.algorithm(), k.format(), k.publicKey(),
                k.badgeTypes().stream().map(t -> new TypeJson(t.kind().name(), t.days(), t.halls())).toList(),
                k.days().stream().map(d -> new DayJson(d.day(), d.opens(), d.closes())).toList());
    }
}
