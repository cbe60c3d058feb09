package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.registration.application.RegistrationStats;

/** Registrations per badge type and per day. */
@JsonbPropertyOrder({"event", "total", "byType", "byDay", "settings"})
public record StatsJson(String event, long total, Map<String, Long> byType, List<DayJson> byDay, DeskJson settings) {

    @JsonbPropertyOrder({"day", "total", "byType"})
    public record DayJson(LocalDate day, long total, Map<String, Long> byType) {
    }

    static StatsJson of(RegistrationStats s) {
        Map<String, Long> byType = new LinkedHashMap<>();
        s.byKind().forEach((k, v) -> byType.put(k.name(), v));
        List<DayJson> days = s.byDay().entrySet().stream().map(e -> {
            Map<String, Long> m = new LinkedHashMap<>();
            e.getValue().forEach((k, v) -> m.put(k.name(), v));
            return new DayJson(e.getKey(), m.values().stream().mapToLong(Long::longValue).sum(), m);
        }).toList();
        return new StatsJson(s.eventId(), s.total(), byType, days, DeskJson.of(s.desk()));
    }
}
