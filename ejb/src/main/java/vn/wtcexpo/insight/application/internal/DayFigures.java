package vn.wtcexpo.insight.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.ScanHistory;
import vn.wtcexpo.gate.application.ScanHistory.CountedScan;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.PastDay;
import vn.wtcexpo.insight.model.DayTimeline;
import vn.wtcexpo.registration.application.RegistrationFigures.Issued;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.Formats;

/** A show day's figures from its event, its badges and its counted scans (sorted by badge, then time). */
final class DayFigures {

    /** A minute a lane counts as busy in: three entries or more. */
    static final int BUSY_MINUTE = 3;

    private DayFigures() {
    }

    /** The event's day as a {@link DayTimeline}, or null when the event does not open that day. */
    static DayTimeline showDay(EventSummary event, LocalDate day) {
        return event.days().stream().filter(d -> d.day().equals(day)).findFirst()
                .map(d -> new DayTimeline(day, d.opens(), d.closes(), Formats.VIETNAM)).orElse(null);
    }

    /** Badges of each kind that admit on the day and were made before it opened (the day's walk-ins come on top). */
    static Map<BadgeKind, Integer> registered(EventSummary event, DayTimeline day, List<Issued> issued) {
        Map<BadgeKind, Integer> before = new EnumMap<>(BadgeKind.class);
        Instant opens = day.opensAt();
        for (Issued b : issued) {
            if (b.at().isBefore(opens)) {
                before.merge(b.kind(), 1, Integer::sum);
            }
        }
        return registered(event, day, before);
    }

    /**
     * Badges of each kind that admit on the day, of those made before it opened ({@code issuedBefore}, per kind): the
     * kinds whose badge type does not admit that day left out.
     */
    static Map<BadgeKind, Integer> registered(EventSummary event, DayTimeline day, Map<BadgeKind, Integer> issuedBefore) {
        Set<BadgeKind> admitted = new HashSet<>();
        event.badgeTypes().stream().filter(t -> t.days().contains(day.day())).forEach(t -> admitted.add(t.kind()));
        Map<BadgeKind, Integer> out = new EnumMap<>(BadgeKind.class);
        issuedBefore.forEach((kind, n) -> {
            if (admitted.contains(kind) && n > 0) {
                out.put(kind, n);
            }
        });
        return out;
    }

    /** Visitor badges the desk made on the day. */
    static int walkIns(DayTimeline day, List<Issued> issued) {
        Instant from = day.day().atStartOfDay(day.zone()).toInstant();
        Instant to = from.plus(1, ChronoUnit.DAYS);
        return (int) issued.stream().filter(b -> b.kind() == BadgeKind.VISITOR && b.atDesk() && !b.at().isBefore(from)
                && b.at().isBefore(to)).count();
    }

    /** A past day: who came when (first entries), how long they stayed, how fast the busy lanes went. */
    static PastDay past(DayTimeline day, Map<BadgeKind, Integer> registered, int walkIns, List<CountedScan> scans) {
        Map<BadgeKind, long[]> arrivals = new EnumMap<>(BadgeKind.class);
        List<Integer> stays = new ArrayList<>();
        Map<String, Integer> perDeviceMinute = new HashMap<>();
        String badge = null;
        Instant in = null;
        for (CountedScan s : scans) {
            if (!s.badgeId().equals(badge)) {
                badge = s.badgeId();
                in = null;
                if (s.in() && s.kind() != null) {
                    arrivals.computeIfAbsent(s.kind(), k -> new long[day.slots()])[day.slotOf(s.at())]++;
                }
            }
            if (s.in()) {
                in = s.at();
                if (s.deviceId() != null) {
                    perDeviceMinute.merge(s.deviceId() + "@" + s.at().truncatedTo(ChronoUnit.MINUTES), 1, Integer::sum);
                }
            } else if (in != null) {
                stays.add((int) ChronoUnit.MINUTES.between(in, s.at()));
                in = null;
            }
        }
        int[] lanes = perDeviceMinute.values().stream().filter(n -> n >= BUSY_MINUTE).mapToInt(Integer::intValue).toArray();
        return new PastDay(day, registered, arrivals, walkIns, stays.stream().mapToInt(Integer::intValue).toArray(), lanes);
    }

    /** People inside each hall after {@code scans} (sorted by badge, then time): those whose last scan was an entry. */
    static Map<String, Long> insideAt(List<CountedScan> scans) {
        Map<String, Long> inside = new HashMap<>();
        for (int i = 0; i < scans.size(); i++) {
            CountedScan s = scans.get(i);
            boolean last = i + 1 == scans.size() || !scans.get(i + 1).badgeId().equals(s.badgeId());
            if (last && s.in()) {
                inside.merge(s.hall(), 1L, Long::sum);
            }
        }
        return inside;
    }

    /**
     * What today has seen by {@code now}: first entries per hall and slot, entries per gate, visitors (and VIPs) who
     * came; the people inside each hall come from the occupancy count.
     */
    static CrowdForecast.SoFar soFar(DayTimeline day, Instant now, List<CountedScan> scans, Map<String, Long> inside) {
        Map<String, long[]> arrivals = new HashMap<>();
        Map<String, Long> gates = new HashMap<>();
        long visitors = 0;
        String badge = null;
        for (CountedScan s : scans) {
            if (s.in()) {
                gates.merge(s.gate(), 1L, Long::sum);
            }
            if (!s.badgeId().equals(badge)) {
                badge = s.badgeId();
                if (s.in()) {
                    arrivals.computeIfAbsent(s.hall(), h -> new long[day.slots()])[day.slotOf(s.at())]++;
                    if (s.kind() == BadgeKind.VISITOR || s.kind() == BadgeKind.VIP) {
                        visitors++;
                    }
                }
            }
        }
        return new CrowdForecast.SoFar(now, arrivals, gates, inside, visitors);
    }

    /**
     * What today has seen by {@code now}, from the database's tally (the live refresh): the same figures as
     * {@link #soFar(DayTimeline, Instant, List, Map)} gives from the day's scans, without reading them one by one.
     */
    static CrowdForecast.SoFar soFar(DayTimeline day, Instant now, ScanHistory.Tally tally, Map<String, Long> inside) {
        Map<String, long[]> arrivals = new HashMap<>();
        long visitors = 0;
        for (ScanHistory.FirstEntries f : tally.firstEntries()) {
            arrivals.computeIfAbsent(f.hall(), h -> new long[day.slots()])[day.slotOfQuarter(f.quarter())] += f.count();
            if (f.kind() == BadgeKind.VISITOR || f.kind() == BadgeKind.VIP) {
                visitors += f.count();
            }
        }
        return new CrowdForecast.SoFar(now, arrivals, new HashMap<>(tally.gateEntries()), inside, visitors);
    }
}
