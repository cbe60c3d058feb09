package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.wtcexpo.gate.application.GateDashboard;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.GateRepository.ConflictRow;
import vn.wtcexpo.gate.model.GateRepository.Movement;
import vn.wtcexpo.gate.model.GateRepository.ScanRow;
import vn.wtcexpo.gate.model.ScanDirection;
import vn.wtcexpo.gate.model.ScanResult;
import vn.wtcexpo.registration.application.GateFeed;
import vn.wtcexpo.registration.application.GateFeed.ScannedBadge;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/** The live dashboard and the visitor flow, read from the scan log; each public method is one transaction. */
@Stateless
public class DefaultGateReports implements GateReports {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private GateRepository repository;

    @Inject
    private HallCounts counts;

    @Inject
    private GateAccess access;

    @Inject
    private GateFeed registrations;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.GATE_STAFF})
    public GateDashboard dashboard(String eventId) {
        access.watched(eventId, GateAccess.Caller.of(context));
        Instant now = clock.instant();
        LocalDate day = LocalDate.now(clock.withZone(Formats.VIETNAM));
        Map<Integer, int[]> hours = new TreeMap<>();
        Map<String, int[]> perGate = new LinkedHashMap<>();
        Map<String, Instant> lastAt = new HashMap<>();
        Map<String, Integer> denied = new TreeMap<>();
        Instant latest = null;
        // per hour and gate: entries, exits, denied
        for (ScanRow s : repository.scansSince(eventId, day.atStartOfDay(Formats.VIETNAM).toInstant())) {
            int column = s.result() != ScanResult.ADMITTED ? 2 : s.direction() == ScanDirection.OUT ? 1 : s.counted() ? 0 : -1;
            int[] h = hours.computeIfAbsent(s.recordedAt().atZone(Formats.VIETNAM).getHour(), x -> new int[3]);
            int[] g = perGate.computeIfAbsent(s.gate(), x -> new int[3]);
            if (column >= 0) {
                h[column]++;
                g[column]++;
            }
            if (column == 2) {
                denied.merge(s.reason(), 1, Integer::sum);
            }
            lastAt.put(s.gate(), s.recordedAt());
            latest = s.recordedAt();
        }
        List<GateDashboard.GateRow> gateRows = new ArrayList<>();
        Instant silentBefore = now.minus(Duration.ofMinutes(GateDashboard.SILENT_MINUTES));
        boolean othersScan = latest != null && latest.isAfter(silentBefore);
        for (Gate gate : repository.gates(eventId)) {
            int[] g = perGate.getOrDefault(gate.code(), new int[3]);
            Instant last = lastAt.get(gate.code());
            boolean silent = othersScan && (last == null || last.isBefore(silentBefore));
            gateRows.add(new GateDashboard.GateRow(gate.code(), gate.hallCode(), gate.direction().name(), g[0], g[1], g[2],
                    last, silent));
        }
        List<GateDashboard.HourRow> hourRows = hours.entrySet().stream()
                .map(e -> new GateDashboard.HourRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new GateDashboard(counts.on(eventId, day), hourRows, gateRows, denied, conflicts(eventId), now);
    }

    /** The latest scans where an offline gate decided otherwise than the server, with the holder's name. */
    private List<GateDashboard.Conflict> conflicts(String eventId) {
        List<ConflictRow> rows = repository.conflicts(eventId, 50);
        Map<String, ScannedBadge> badges = registrations.scannedBadges(
                rows.stream().map(ConflictRow::badgeId).filter(Objects::nonNull).toList());
        List<GateDashboard.Conflict> conflicts = new ArrayList<>();
        for (ConflictRow r : rows) {
            ScannedBadge b = r.badgeId() == null ? null : badges.get(r.badgeId());
            conflicts.add(new GateDashboard.Conflict(r.gate(), b == null ? null : b.fullName(),
                    b == null ? null : b.kind().name(), r.result(), r.reason(), r.scannedAt(), r.recordedAt()));
        }
        return conflicts;
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<FlowRow> flow(String eventId) {
        access.managed(eventId);
        return flowOf(repository.movements(eventId));
    }

    /**
     * Per day, hall and hour: entries, exits and the peak inside, replaying the counted movements in order of
     * scanning; counts from 1 to {@link #SMALL_COUNT} - 1 are suppressed.
     */
    static List<FlowRow> flowOf(List<Movement> movements) {
        Map<String, int[]> rows = new TreeMap<>();
        Map<String, Integer> running = new HashMap<>();
        for (Movement m : movements) {
            boolean in = m.direction() == ScanDirection.IN;
            ZonedDateTime at = m.scannedAt().atZone(Formats.VIETNAM);
            String dayHall = at.toLocalDate() + "|" + m.hall();
            int now = running.merge(dayHall, in ? 1 : -1, Integer::sum);
            int[] r = rows.computeIfAbsent(dayHall + "|" + String.format("%02d", at.getHour()), k -> new int[3]);
            r[in ? 0 : 1]++;
            r[2] = Math.max(r[2], now);
        }
        List<FlowRow> flow = new ArrayList<>();
        for (Map.Entry<String, int[]> e : rows.entrySet()) {
            String[] k = e.getKey().split("\\|");
            flow.add(new FlowRow(LocalDate.parse(k[0]), k[1], Integer.parseInt(k[2]), shown(e.getValue()[0]),
                    shown(e.getValue()[1]), shown(e.getValue()[2])));
        }
        return flow;
    }

    private static Integer shown(int count) {
        return count > 0 && count < SMALL_COUNT ? null : count;
    }
}
