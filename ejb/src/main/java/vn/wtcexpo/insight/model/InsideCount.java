package vn.wtcexpo.insight.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The people inside each hall (everyone: visitors, staff, press) replayed from a day's counted scans in time order, as
 * the live count does (an entry adds one, an exit takes one, never below zero; each day starts empty): each hall's
 * peak of a day and when it came, and the most people inside all halls in each hour.
 */
final class InsideCount {

    record Peak(int count, Instant at) {
    }

    private final ZoneId zone;
    private final Map<LocalDate, Map<String, Integer>> now = new HashMap<>();
    private final Map<LocalDate, Map<String, Peak>> peaks = new HashMap<>();
    /** Per day and hour, the most people inside all halls at once. */
    private final Map<LocalDate, TreeMap<Integer, Integer>> hourPeaks = new TreeMap<>();

    InsideCount(ZoneId zone) {
        this.zone = zone;
    }

    /** A scan of the day {@code day}, scans coming in time order. */
    void scan(ShowFigures.Scan s, LocalDate day) {
        Map<String, Integer> halls = now.computeIfAbsent(day, k -> new HashMap<>());
        int hour = s.at().atZone(zone).getHour();
        TreeMap<Integer, Integer> hours = hourPeaks.computeIfAbsent(day, k -> new TreeMap<>());
        int before = total(halls);
        // the hours without a scan carry the crowd of the hour before them
        if (!hours.isEmpty()) {
            for (int h = hours.lastKey() + 1; h <= hour; h++) {
                hours.putIfAbsent(h, before);
            }
        }
        hours.merge(hour, before, Math::max);
        int count = Math.max(0, halls.getOrDefault(s.hall(), 0) + (s.in() ? 1 : -1));
        halls.put(s.hall(), count);
        Peak peak = peaks.computeIfAbsent(day, k -> new HashMap<>()).get(s.hall());
        if (peak == null || count > peak.count()) {
            peaks.get(day).put(s.hall(), new Peak(count, s.at()));
        }
        hours.merge(hour, total(halls), Math::max);
    }

    Set<String> hallsOn(LocalDate day) {
        return peaks.getOrDefault(day, Map.of()).keySet();
    }

    Peak peak(LocalDate day, String hall) {
        return peaks.getOrDefault(day, Map.of()).getOrDefault(hall, new Peak(0, null));
    }

    /** Per day and hour from the first scan to the last: visitors' arrivals and the most people inside. */
    List<ShowReport.HourLine> hours(Map<LocalDate, Map<Integer, Integer>> arrivals) {
        List<ShowReport.HourLine> lines = new ArrayList<>();
        hourPeaks.forEach((day, hours) -> hours.forEach((hour, inside) -> lines.add(new ShowReport.HourLine(day, hour,
                ShowReport.shown(arrivals.getOrDefault(day, Map.of()).getOrDefault(hour, 0)), ShowReport.shown(inside)))));
        return lines;
    }

    private static int total(Map<String, Integer> halls) {
        return halls.values().stream().mapToInt(Integer::intValue).sum();
    }
}
