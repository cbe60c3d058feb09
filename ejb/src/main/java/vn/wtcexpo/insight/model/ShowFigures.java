package vn.wtcexpo.insight.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.wtcexpo.shared.BadgeKind;

/**
 * Works a {@link ShowReport} out of the scan log (counted scans only: the evidence of entry), the registrations and the
 * leads. Only scans on show days count (move-in and move-out days are not visits).
 */
public final class ShowFigures {

    /** The badges whose holders are visitors: visitors, and VIPs (who count only with a scan, as every count here). */
    public static final Set<BadgeKind> VISITOR_KINDS = EnumSet.of(BadgeKind.VISITOR, BadgeKind.VIP);

    private ShowFigures() {
    }

    /** A badge's holder as a figure: the kind, whether the badge is active, a key for the person (or null), interests. */
    public record Person(BadgeKind kind, boolean active, String key, Set<String> interests) {
    }

    /** A counted scan: whose badge (an id), its kind, the hall, in or out, when. */
    public record Scan(String badgeId, BadgeKind kind, String hall, boolean in, Instant at) {
    }

    /** A lead captured by an exhibitor, when. */
    public record Lead(String exhibitorId, Instant at) {
    }

    /** An exhibitor at the event. */
    public record Exhibitor(String id, String company) {
    }

    /** Entries into a hall in an hour of a day (local time): what an exhibitor may see of its hall's traffic. */
    public record Entries(LocalDate day, String hall, int hour, int count) {
    }

    /**
     * What the report is made of. {@code people}: every badge of the event by id (revoked ones too: a scan before the
     * revocation is still a visit); {@code earlierVisitors}: keys of people who came as visitors to earlier events at
     * the venue; {@code forecast}: how the forecast did as of each day's opening.
     */
    public record Input(Instant asOf, boolean over, ZoneId zone, List<LocalDate> showDays, ShowReport.Space space,
                        Map<String, Person> people, List<Scan> scans, Set<String> earlierVisitors,
                        List<Exhibitor> exhibitors, List<Lead> leads, List<Backtest> forecast) {
    }

    /** One visitor's day: the first entry, the last scan and whether it was an entry, the halls entered. */
    private static final class Visit {
        Instant first;
        Instant last;
        boolean lastIn;
        final Set<String> halls = new HashSet<>();
    }

    public static ShowReport report(Input in) {
        Set<LocalDate> days = new HashSet<>(in.showDays());
        List<Scan> byTime = in.scans().stream().filter(s -> days.contains(day(s.at(), in.zone())))
                .sorted(Comparator.comparing(Scan::at)).toList();

        Map<String, Map<LocalDate, Visit>> visits = new HashMap<>();
        Map<BadgeKind, Set<String>> came = new EnumMap<>(BadgeKind.class);
        InsideCount inside = new InsideCount(in.zone());
        for (Scan s : byTime) {
            LocalDate d = day(s.at(), in.zone());
            inside.scan(s, d);
            if (s.in()) {
                came.computeIfAbsent(s.kind(), k -> new HashSet<>()).add(s.badgeId());
            }
            if (!VISITOR_KINDS.contains(s.kind())) {
                continue;
            }
            Visit v = visits.computeIfAbsent(s.badgeId(), k -> new HashMap<>()).computeIfAbsent(d, k -> new Visit());
            if (s.in()) {
                if (v.first == null) {
                    v.first = s.at();
                }
                v.halls.add(s.hall());
            }
            v.last = s.at();
            v.lastIn = s.in();
        }
        visits.values().forEach(m -> m.values().removeIf(v -> v.first == null));
        visits.values().removeIf(Map::isEmpty);

        long visitCount = visits.values().stream().mapToLong(Map::size).sum();
        long returning = visits.keySet().stream().map(in.people()::get)
                .filter(p -> p != null && p.key() != null && in.earlierVisitors().contains(p.key())).count();

        Map<LocalDate, Map<Integer, Integer>> arrivals = arrivals(visits, in.zone());
        return new ShowReport(in.asOf(), in.over(), in.space(), ShowReport.shown(visits.size()),
                ShowReport.shown(visitCount), ShowReport.shown(visitCount - visits.size()), ShowReport.shown(returning),
                dayLines(in, visits, arrivals), hallDays(in, visits, inside), inside.hours(arrivals),
                attendance(in, came), stay(visits), interests(in, visits), leads(in), List.copyOf(in.forecast()));
    }

    /** One exhibitor's page: its leads per day and hour, and the entries into its halls per day and hour. */
    public static ShowReport.ExhibitorPage page(Instant asOf, boolean over, ZoneId zone, String company, List<String> booths,
                                                List<String> halls, List<Instant> leads, List<Entries> traffic) {
        Map<LocalDate, Map<Integer, Integer>> perHour = new TreeMap<>();
        for (Instant at : leads) {
            ZonedDateTime t = at.atZone(zone);
            perHour.computeIfAbsent(t.toLocalDate(), k -> new TreeMap<>()).merge(t.getHour(), 1, Integer::sum);
        }
        List<ShowReport.HourCount> leadLines = new ArrayList<>();
        perHour.forEach((d, hours) -> hours.forEach((h, n) -> leadLines.add(new ShowReport.HourCount(d, h, null, ShowReport.shown(n)))));
        List<ShowReport.HourCount> trafficLines = traffic.stream().filter(e -> halls.contains(e.hall()))
                .sorted(Comparator.comparing(Entries::day).thenComparing(Entries::hall).thenComparingInt(Entries::hour))
                .map(e -> new ShowReport.HourCount(e.day(), e.hour(), e.hall(), ShowReport.shown(e.count()))).toList();
        return new ShowReport.ExhibitorPage(asOf, over, company, List.copyOf(booths), List.copyOf(halls),
                ShowReport.shown(leads.size()), leadLines, trafficLines);
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** First entries of visits per day and hour. */
    private static Map<LocalDate, Map<Integer, Integer>> arrivals(Map<String, Map<LocalDate, Visit>> visits, ZoneId zone) {
        Map<LocalDate, Map<Integer, Integer>> out = new TreeMap<>();
        visits.values().forEach(m -> m.forEach((d, v) ->
                out.computeIfAbsent(d, k -> new TreeMap<>()).merge(v.first.atZone(zone).getHour(), 1, Integer::sum)));
        return out;
    }

    private static List<ShowReport.DayLine> dayLines(Input in, Map<String, Map<LocalDate, Visit>> visits,
                                                     Map<LocalDate, Map<Integer, Integer>> arrivals) {
        Map<LocalDate, Integer> firsts = new HashMap<>();
        visits.values().forEach(m -> firsts.merge(m.keySet().stream().min(Comparator.naturalOrder()).orElseThrow(), 1, Integer::sum));
        List<ShowReport.DayLine> lines = new ArrayList<>();
        for (LocalDate d : in.showDays()) {
            Map<Integer, Integer> hours = arrivals.getOrDefault(d, Map.of());
            long count = visits.values().stream().filter(m -> m.containsKey(d)).count();
            Map.Entry<Integer, Integer> peak = hours.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElse(null);
            Integer peakCount = peak == null ? null : ShowReport.shown(peak.getValue());
            lines.add(new ShowReport.DayLine(d, ShowReport.shown(count), ShowReport.shown(firsts.getOrDefault(d, 0)),
                    peakCount == null ? null : peak.getKey(), peakCount));
        }
        return lines;
    }

    private static List<ShowReport.HallDay> hallDays(Input in, Map<String, Map<LocalDate, Visit>> visits, InsideCount inside) {
        List<ShowReport.HallDay> lines = new ArrayList<>();
        for (LocalDate d : in.showDays()) {
            Set<String> halls = new java.util.TreeSet<>(inside.hallsOn(d));
            for (String hall : halls) {
                long count = visits.values().stream().map(m -> m.get(d)).filter(v -> v != null && v.halls.contains(hall)).count();
                InsideCount.Peak peak = inside.peak(d, hall);
                Integer peakShown = ShowReport.shown(peak.count());
                lines.add(new ShowReport.HallDay(d, hall, ShowReport.shown(count), peakShown, peakShown == null ? null : peak.at()));
            }
        }
        return lines;
    }

    private static List<ShowReport.KindLine> attendance(Input in, Map<BadgeKind, Set<String>> came) {
        List<ShowReport.KindLine> lines = new ArrayList<>();
        for (BadgeKind kind : BadgeKind.values()) {
            long registered = in.people().values().stream().filter(p -> p.kind() == kind && p.active()).count();
            Set<String> who = came.getOrDefault(kind, Set.of());
            if (registered == 0 && who.isEmpty()) {
                continue;
            }
            long cameActive = who.stream().map(in.people()::get).filter(p -> p != null && p.active()).count();
            lines.add(new ShowReport.KindLine(kind, ShowReport.shown(registered), ShowReport.shown(who.size()),
                    ShowReport.share(registered - cameActive, registered)));
        }
        return lines;
    }

    private static ShowReport.Stay stay(Map<String, Map<LocalDate, Visit>> visits) {
        List<Long> minutes = new ArrayList<>();
        long unknown = 0;
        Map<ShowReport.Stay.Band, Long> bands = new EnumMap<>(ShowReport.Stay.Band.class);
        for (Map<LocalDate, Visit> m : visits.values()) {
            for (Visit v : m.values()) {
                if (v.lastIn) {
                    unknown++;
                    continue;
                }
                long min = Duration.between(v.first, v.last).toMinutes();
                minutes.add(min);
                bands.merge(ShowReport.Stay.Band.of(min), 1L, Long::sum);
            }
        }
        minutes.sort(null);
        Integer median = ShowReport.shown(minutes.size()) == null || minutes.isEmpty() ? null
                : (int) ((minutes.get((minutes.size() - 1) / 2) + minutes.get(minutes.size() / 2)) / 2);
        Map<ShowReport.Stay.Band, Integer> shownBands = new LinkedHashMap<>();
        for (ShowReport.Stay.Band b : ShowReport.Stay.Band.values()) {
            shownBands.put(b, ShowReport.shown(bands.getOrDefault(b, 0L)));
        }
        return new ShowReport.Stay(median, shownBands, ShowReport.shown(minutes.size()), ShowReport.shown(unknown));
    }

    private static List<ShowReport.InterestLine> interests(Input in, Map<String, Map<LocalDate, Visit>> visits) {
        Map<String, Integer> counts = new HashMap<>();
        for (String badge : visits.keySet()) {
            Person p = in.people().get(badge);
            if (p != null) {
                p.interests().forEach(i -> counts.merge(i, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ShowReport.InterestLine(e.getKey(), ShowReport.shown(e.getValue()))).toList();
    }

    private static List<ShowReport.ExhibitorLine> leads(Input in) {
        List<ShowReport.ExhibitorLine> lines = new ArrayList<>();
        for (Exhibitor e : in.exhibitors()) {
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            in.showDays().forEach(d -> perDay.put(d, 0));
            long total = 0;
            for (Lead l : in.leads()) {
                if (l.exhibitorId().equals(e.id())) {
                    total++;
                    perDay.merge(day(l.at(), in.zone()), 1, Integer::sum);
                }
            }
            Map<LocalDate, Integer> shown = new TreeMap<>();
            perDay.forEach((d, n) -> shown.put(d, ShowReport.shown(n)));
            lines.add(new ShowReport.ExhibitorLine(e.id(), e.company(), ShowReport.shown(total), shown));
        }
        lines.sort(Comparator.comparing(ShowReport.ExhibitorLine::company, String.CASE_INSENSITIVE_ORDER));
        return lines;
    }
}
