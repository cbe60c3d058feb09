package vn.wtcexpo.registration.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import vn.wtcexpo.shared.BadgeKind;

/** Active badges per badge kind, and per day they were made (Vietnam time) and kind. */
public record RegistrationStats(String eventId, DeskSettings desk, Map<BadgeKind, Long> byKind,
                                SortedMap<LocalDate, Map<BadgeKind, Long>> byDay) {

    public long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
