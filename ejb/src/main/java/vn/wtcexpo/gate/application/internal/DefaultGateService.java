package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceNames;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.DeviceTokens;
import vn.wtcexpo.gate.application.GateDashboard;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.GateSummary;
import vn.wtcexpo.gate.application.Occupancy;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.ScanLedger;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.registration.application.RegistrationService.ScannedBadge;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.shared.Text;
import vn.wtcexpo.venue.application.VenueService;

/** The gate use cases besides the scan itself; each public method is one transaction. */
@Stateless
public class DefaultGateService implements GateService {

    public static final int MAX_REASON = 300;
    public static final int MAX_INSIDE = 1_000_000;
    /** A scanner opened by gate staff on their own phone lasts a working day. */
    static final int STAFF_SCANNER_DAYS = 1;

    @Inject
    private GateRepository repository;

    @Inject
    private ScanLedger ledger;

    @Inject
    private GateDirectory directory;

    @Inject
    private DeviceTokens tokens;

    @Inject
    private EventService events;

    @Inject
    private VenueService venue;

    @Inject
    private RegistrationService registrations;

    @Resource
    private SessionContext context;

    // --- gates

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.GATE_DEVICE})
    public List<GateSummary> gates(String eventId) {
        requireScanning(eventId);
        return repository.gates(eventId).stream().map(GateSummary::of).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public GateSummary addGate(String eventId, String code, String hall, GateDirection direction) {
        EventSummary event = managed(eventId);
        Gate gate = Gate.of(eventId, code, hall, direction, event.halls(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (event.cancelled()) {
            throw DomainException.conflict("EVENT_CANCELLED");
        }
        repository.hall(eventId, gate.hallCode(), venue.hall(gate.hallCode()).capacity());
        // the hall's entries count its gates to know how many may admit at once: no entry while one is added
        ledger.lockHall(eventId, gate.hallCode());
        if (repository.gate(eventId, gate.code()).isPresent()) {
            throw DomainException.conflict("GATE_CODE_TAKEN", gate.code());
        }
        repository.add(gate);
        repository.flush();
        directory.changed(eventId);
        return GateSummary.of(gate);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public void removeGate(String eventId, String code) {
        managed(eventId);
        String c = Gate.normalCode(code);
        Gate gate = (c == null ? Optional.<Gate>empty() : repository.gate(eventId, c))
                .orElseThrow(() -> DomainException.notFound("GATE_NOT_FOUND", String.valueOf(code)));
        ledger.lockHall(eventId, gate.hallCode());
        if (repository.scansAt(eventId, gate.code()) > 0) {
            throw DomainException.conflict("GATE_IN_USE", gate.code());
        }
        repository.remove(gate);
        directory.changed(eventId);
    }

    // --- devices

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<DeviceSummary> devices(String eventId) {
        managed(eventId);
        Map<String, Instant> last = repository.lastScanByDevice(eventId);
        // the gates' devices: exhibitors' lead scanners are theirs, not the organizer's doors
        return repository.devices(eventId).stream().filter(d -> d.mode() == vn.wtcexpo.gate.model.DeviceMode.GATE)
                .map(d -> DeviceSummary.of(d, last.get(d.id()), null)).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public DeviceSummary pairDevice(String eventId, String name, Integer expiresInDays) {
        EventSummary event = managed(eventId);
        return pair(event, name, expiresInDays);
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public DeviceSummary openScanner(String eventId, String deviceName) {
        EventSummary event = requireScanning(eventId);
        String n = Text.optional("name", deviceName, 60);
        String name = caller() + " · " + (n == null ? "scanner" : n);
        return pair(event, name, STAFF_SCANNER_DAYS);
    }

    private DeviceSummary pair(EventSummary event, String name, Integer days) {
        if (event.cancelled()) {
            throw DomainException.conflict("EVENT_CANCELLED");
        }
        GateDevice.Paired paired = GateDevice.pair(event.id(), name, DeviceMode.GATE, null, caller(), days,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        repository.add(paired.device());
        return DeviceSummary.of(paired.device(), null, paired.token());
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.EXHIBITOR})
    public void revokeDevice(String deviceId) {
        GateDevice device = repository.device(deviceId)
                .orElseThrow(() -> DomainException.notFound("DEVICE_NOT_FOUND", String.valueOf(deviceId)));
        if (!device.pairedBy().equals(caller()) && !events.mayManage(device.eventId())) {
            throw DomainException.notFound("DEVICE_NOT_FOUND", deviceId);
        }
        device.revoke(Instant.now().truncatedTo(ChronoUnit.MICROS));
        directory.deviceChanged();
    }

    @Override
    @RolesAllowed({Roles.GATE_DEVICE, Roles.LEAD_DEVICE})
    public DeviceSummary me() {
        GateDevice device = repository.device(DeviceNames.idOf(caller()))
                .orElseThrow(() -> DomainException.notFound("DEVICE_NOT_FOUND", caller()));
        return DeviceSummary.of(device, null, null);
    }

    @Override
    @RolesAllowed(Roles.GATE_DEVICE)
    public List<vn.wtcexpo.registration.application.RevokedCode> revocations(String eventId, Instant since) {
        requireScanning(eventId);
        return registrations.revocationsForGate(eventId, since);
    }

    // --- occupancy

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.GATE_STAFF})
    public Occupancy occupancy(String eventId) {
        watched(eventId);
        return occupancyOn(eventId, today());
    }

    private Occupancy occupancyOn(String eventId, LocalDate day) {
        Map<String, Integer> caps = repository.capacities(eventId);
        Map<String, int[]> perHall = new TreeMap<>();
        for (String hall : caps.keySet()) {
            perHall.put(hall, new int[2]);
        }
        int admitted = 0;
        for (Object[] row : repository.counts(eventId, day)) {
            int[] c = perHall.computeIfAbsent((String) row[0], h -> new int[2]);
            c[0] += ((Number) row[2]).intValue();
            c[1] += ((Number) row[3]).intValue();
            if (!"~".equals(row[1])) { // a correction is not an admission
                admitted += ((Number) row[2]).intValue();
            }
        }
        List<Occupancy.Hall> halls = new ArrayList<>();
        int inside = 0;
        for (Map.Entry<String, int[]> e : perHall.entrySet()) {
            int in = e.getValue()[0] - e.getValue()[1];
            inside += in;
            halls.add(new Occupancy.Hall(e.getKey(), in, caps.getOrDefault(e.getKey(), 0), e.getValue()[0], e.getValue()[1]));
        }
        return new Occupancy(eventId, day, inside, halls, admitted);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Occupancy correct(String eventId, String hall, int inside, String reason) {
        managed(eventId);
        String why = Text.required("reason", reason, MAX_REASON);
        if (inside < 0 || inside > MAX_INSIDE) {
            throw DomainException.invalid("inside", "INSIDE_OUT_OF_RANGE", MAX_INSIDE);
        }
        if (hall == null || !repository.capacities(eventId).containsKey(hall)) {
            throw DomainException.invalid("hall", "GATE_HALL_UNKNOWN", String.valueOf(hall));
        }
        LocalDate day = today();
        ledger.lockHall(eventId, hall);
        int before = ledger.room(eventId, hall, day).inside();
        int delta = inside - before;
        if (delta != 0) {
            ledger.count(new ScanLedger.Count(eventId, hall, day, "~", Math.max(delta, 0), Math.max(-delta, 0)));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (inside == 0) {
            // the hall was found empty (cleared, evacuated, closed for the night): whoever the ledger still had
            // inside left without an exit scan, and is let in again at the next entry instead of ALREADY_INSIDE.
            // A count above zero says how many, not who: those presences stay.
            ledger.emptyHall(eventId, hall, day, now);
        }
        repository.correction(UUID.randomUUID().toString(), eventId, hall, day, before, inside, why, caller(), now);
        return occupancyOn(eventId, day);
    }

    // --- reports

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.GATE_STAFF})
    public GateDashboard dashboard(String eventId) {
        watched(eventId);
        Instant now = Instant.now();
        LocalDate day = today();
        Instant from = day.atStartOfDay(Formats.VIETNAM).toInstant();
        List<Object[]> scans = repository.scansSince(eventId, from);
        Map<Integer, int[]> hours = new TreeMap<>();
        Map<String, int[]> perGate = new LinkedHashMap<>();
        Map<String, Instant> lastAt = new HashMap<>();
        Map<String, Integer> denied = new TreeMap<>();
        Instant latest = null;
        for (Object[] s : scans) {
            String gate = (String) s[0];
            boolean admitted = "ADMITTED".equals(s[1]);
            boolean out = "OUT".equals(s[3]);
            boolean counted = Boolean.TRUE.equals(s[4]) || Integer.valueOf(1).equals(s[4]);
            Instant at = GateRepository.instant(s[5]);
            int hour = at.atZone(Formats.VIETNAM).getHour();
            int[] h = hours.computeIfAbsent(hour, x -> new int[3]);
            int[] g = perGate.computeIfAbsent(gate, x -> new int[3]);
            if (!admitted) {
                h[2]++;
                g[2]++;
                denied.merge((String) s[2], 1, Integer::sum);
            } else if (counted && !out) {
                h[0]++;
                g[0]++;
            } else if (out) {
                h[1]++;
                g[1]++;
            }
            lastAt.put(gate, at);
            latest = at;
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
        List<Object[]> conflictRows = repository.conflicts(eventId, 50);
        Map<String, ScannedBadge> badges = registrations.scannedBadges(
                conflictRows.stream().map(r -> (String) r[1]).filter(java.util.Objects::nonNull).toList());
        List<GateDashboard.Conflict> conflicts = new ArrayList<>();
        for (Object[] r : conflictRows) {
            ScannedBadge b = r[1] == null ? null : badges.get((String) r[1]);
            conflicts.add(new GateDashboard.Conflict((String) r[0], b == null ? null : b.fullName(),
                    b == null ? null : b.kind().name(), (String) r[2], (String) r[3], GateRepository.instant(r[5]),
                    GateRepository.instant(r[6])));
        }
        return new GateDashboard(occupancyOn(eventId, day), hourRows, gateRows, denied, conflicts, now);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<FlowRow> flow(String eventId) {
        managed(eventId);
        // per day and hall: replay the counted movements in order of scanning, keeping the running count's peak
        Map<String, int[]> rows = new TreeMap<>();
        Map<String, Integer> running = new HashMap<>();
        for (Object[] m : repository.movements(eventId)) {
            String hall = (String) m[0];
            boolean in = "IN".equals(m[1]);
            ZonedDateTime at = GateRepository.instant(m[2]).atZone(Formats.VIETNAM);
            String dayHall = at.toLocalDate() + "|" + hall;
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

    @Override
    @PermitAll // a number, read by the web module's push timer, which has no caller
    public long lastScanId(String eventId) {
        return repository.lastScanId(eventId);
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<EventSummary> scanningEvents() {
        LocalDate today = today();
        Collection<EventSummary> candidates = context.isCallerInRole(Roles.GATE_STAFF) || context.isCallerInRole(Roles.VENUE_ADMIN)
                ? events.published() : events.mine();
        return candidates.stream()
                .filter(e -> e.published() && !e.moveOutTo().isBefore(today) && !e.moveInFrom().isAfter(today.plusDays(1)))
                .toList();
    }

    // --- helpers

    private EventSummary managed(String eventId) {
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        return events.known(eventId);
    }

    /** The organizer's and admin's view, or gate staff's (any event with gates). */
    private EventSummary watched(String eventId) {
        if (context.isCallerInRole(Roles.GATE_STAFF) && !context.isCallerInRole(Roles.ORGANIZER)) {
            return known(eventId);
        }
        return managed(eventId);
    }

    /** Gate staff (any published event), the organizer and admin (theirs), a device (its own). */
    private EventSummary requireScanning(String eventId) {
        if (context.isCallerInRole(Roles.GATE_DEVICE)) {
            String id = DeviceNames.idOf(caller());
            if (directory.deviceById(id).filter(d -> d.eventId().equals(eventId)).isEmpty()) {
                throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
            }
            return known(eventId);
        }
        if (context.isCallerInRole(Roles.GATE_STAFF)) {
            EventSummary event = known(eventId);
            if (!event.published() && !events.mayManage(eventId)) {
                throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
            }
            return event;
        }
        return managed(eventId);
    }

    private EventSummary known(String eventId) {
        try {
            return events.known(eventId);
        } catch (DomainException e) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.VIETNAM);
    }
}
