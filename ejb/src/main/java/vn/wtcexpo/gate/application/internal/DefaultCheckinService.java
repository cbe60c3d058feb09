package vn.wtcexpo.gate.application.internal;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.gate.application.CheckinService;
import vn.wtcexpo.gate.application.DeviceNames;
import vn.wtcexpo.gate.application.ScanAnswer;
import vn.wtcexpo.gate.application.ScanRequest;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.ScanFailure;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.ScanDirection;
import vn.wtcexpo.gate.model.ScanResult;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.infrastructure.security.Replay;
import vn.wtcexpo.registration.application.GateFeed;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.shared.Text;

/**
 * Checks a scan request and who sends it, then has {@link ScanDesk} decide it in a transaction of its own;
 * decides it again under the hall's exclusive lock when the shared one was not enough, and answers a nonce
 * stored by a simultaneous retry with that scan's answer.
 *
 * <p>A plain CDI bean, not a session bean: it checks the caller's role itself (gate staff, a paired gate device,
 * an organizer, the venue admin), refusing others as {@code @RolesAllowed} would ({@link EJBAccessException}).
 * The session bean's check, pool and transaction decision on every scan queued threads behind each other under
 * load.
 */
@ApplicationScoped
public class DefaultCheckinService implements CheckinService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    public static final int MAX_CODE = 1000;
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    /** A gate that was offline may send scans this old. */
    static final Duration OFFLINE_AT_MOST = Duration.ofDays(3);

    @Inject
    private ScanDesk desk;

    @Inject
    private GateDirectory directory;

    @Inject
    private GateRepository repository;

    @Inject
    private EventService events;

    @Inject
    private GateFeed registrations;

    @Inject
    private SecurityContext security;

    /**
     * The caller (the container's built-in bean, asked anew on each call): Jakarta Security's
     * {@code getCallerPrincipal()} looks for several servers' classes by name on every call, a tenth of a scan.
     */
    @Inject
    private Principal caller;

    /** Who may scan at a gate; the first that applies is the caller's (a device is asked first: the busiest). */
    private static final List<String> SCANNING_ROLES = List.of(Roles.GATE_DEVICE, Roles.GATE_STAFF, Roles.VENUE_ADMIN,
            Roles.ORGANIZER);

    @Override
    public ScanAnswer scan(ScanRequest request) {
        String actor = caller.getName();
        Optional<Replay.Scene> scene = Callers.sceneOf(actor);
        String role = scene.isPresent()
                ? SCANNING_ROLES.stream().filter(scene.get().roles()::contains).findFirst().orElse(null)
                : SCANNING_ROLES.stream().filter(security::isCallerInRole).findFirst().orElse(null);
        if (scene.isPresent()) {
            actor = scene.get().username();
        }
        if (role == null) {
            throw new EJBAccessException("a scan needs gate staff, a gate device, an organizer or the venue admin");
        }
        if (request == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        String code = request.code() == null ? null : request.code().strip();
        if (code == null || code.isEmpty()) {
            throw DomainException.invalid("code", "VALUE_REQUIRED");
        }
        if (code.length() > MAX_CODE) {
            throw DomainException.invalid("code", "TEXT_TOO_LONG", MAX_CODE);
        }
        String gateCode = Gate.normalCode(request.gate());
        if (request.gate() == null || request.gate().isBlank()) {
            throw DomainException.invalid("gate", "VALUE_REQUIRED");
        }
        if (gateCode == null) {
            throw DomainException.invalid("gate", "GATE_CODE_INVALID", Gate.MAX_CODE);
        }
        ScanDirection direction = null;
        if (request.direction() != null) {
            try {
                direction = ScanDirection.valueOf(request.direction().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("direction", "SCAN_DIRECTION_INVALID");
            }
        }
        if (request.nonce() == null || request.nonce().isBlank()) {
            throw DomainException.invalid("nonce", "VALUE_REQUIRED");
        }
        if (!NONCE.matcher(request.nonce()).matches()) {
            throw DomainException.invalid("nonce", "NONCE_INVALID");
        }
        Instant now = clock.instant();
        Instant scannedAt = request.scannedAt() == null ? now : request.scannedAt().truncatedTo(ChronoUnit.MICROS);
        if (scannedAt.isAfter(now.plus(Duration.ofMinutes(5))) || scannedAt.isBefore(now.minus(OFFLINE_AT_MOST))) {
            throw DomainException.invalid("scannedAt", "SCANNED_AT_OUT_OF_RANGE", OFFLINE_AT_MOST.toDays());
        }
        ScanResult offline = null;
        if (request.offlineResult() != null) {
            try {
                offline = ScanResult.valueOf(request.offlineResult().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("offlineResult", "OFFLINE_RESULT_INVALID");
            }
        }
        Text.optional("event", request.eventId(), 36);

        // who sends it, and for which event
        String deviceId = null;
        String eventId;
        if (role.equals(Roles.GATE_DEVICE)) {
            GateDirectory.DeviceKey device = directory.deviceById(DeviceNames.idOf(actor))
                    .filter(d -> d.usableAt(clock.instant()) && d.mode() == DeviceMode.GATE)
                    .orElseThrow(() -> DomainException.forbidden("DEVICE_REVOKED"));
            if (request.eventId() != null && !request.eventId().equals(device.eventId())) {
                throw DomainException.forbidden("DEVICE_OTHER_EVENT");
            }
            deviceId = device.id();
            eventId = device.eventId();
        } else {
            eventId = request.eventId() != null ? request.eventId() : eventOf(code, gateCode);
            if (role.equals(Roles.ORGANIZER) && !events.mayManage(eventId)) {
                throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
            }
        }
        final String event = eventId;
        Gate gate = directory.gate(eventId, gateCode)
                .orElseThrow(() -> DomainException.notFound("GATE_NOT_FOUND", gateCode));
        if (direction == null) {
            direction = gate.direction().defaultScan();
            if (direction == null) {
                throw DomainException.invalid("direction", "SCAN_DIRECTION_REQUIRED");
            }
        }
        if (!gate.direction().allows(direction)) {
            throw DomainException.conflict("GATE_WRONG_DIRECTION", gate.code(), gate.direction().name());
        }
        ScanDesk.Scan scan = new ScanDesk.Scan(gate, code, direction, request.nonce(), scannedAt, offline, deviceId,
                actor.length() > 50 ? actor.substring(0, 50) : actor);
        boolean exclusive = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return desk.decide(scan, exclusive);
            } catch (ScanFailure.NeedsExclusiveEntry e) {
                exclusive = true;
            } catch (ScanFailure.ReplayedNonce e) {
                ScanAnswer stored = desk.replayOf(event, request.nonce());
                if (stored != null) {
                    return stored;
                }
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    /** The event a scan without one is for: the one the code names, else the only event with a gate of that code. */
    private String eventOf(String code, String gateCode) {
        Optional<String> named = registrations.eventOfCode(code);
        if (named.isPresent()) {
            return named.get();
        }
        List<Gate> coded = repository.gatesCoded(gateCode);
        if (coded.size() == 1) {
            return coded.get(0).eventId();
        }
        if (coded.isEmpty()) {
            throw DomainException.notFound("GATE_NOT_FOUND", gateCode);
        }
        throw DomainException.invalid("event", "SCAN_EVENT_REQUIRED");
    }
}
