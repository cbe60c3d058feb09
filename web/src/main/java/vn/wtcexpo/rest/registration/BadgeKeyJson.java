package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.wtcexpo.registration.application.BadgeKey;

/** The event's public key for offline verification of badge codes, and where and when each badge type admits. */
@JsonbPropertyOrder({"event", "algorithm", "format", "publicKey", "badgeTypes", "days"})
public record BadgeKeyJson(String event, String algorithm, String format, String publicKey, List<TypeJson> badgeTypes,
                           List<DayJson> days) {

    @JsonbPropertyOrder({"type", "days", "halls"})
    public record TypeJson(String type, List<LocalDate> days, List<String> halls) {
    }

    @JsonbPropertyOrder({"day", "opens", "closes"})
    public record DayJson(LocalDate day, LocalTime opens, LocalTime closes) {
    }

    static BadgeKeyJson of(BadgeKey k) {
        return new BadgeKeyJson(k.eventId(), k.algorithm(), k.format(), k.publicKey(),
                k.badgeTypes().stream().map(t -> new TypeJson(t.kind().name(), t.days(), t.halls())).toList(),
                k.days().stream().map(d -> new DayJson(d.day(), d.opens(), d.closes())).toList());
    }
}
