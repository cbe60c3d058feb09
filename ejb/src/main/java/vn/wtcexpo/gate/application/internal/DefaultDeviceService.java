package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceNames;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.registration.application.GateFeed;
import vn.wtcexpo.registration.application.RevokedCode;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.shared.Text;

/** Gate devices: paired, opened by gate staff, revoked; each public method is one transaction. */
@Stateless
public class DefaultDeviceService implements DeviceService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    /** A scanner opened by gate staff on their own phone lasts a working day. */
    static final int STAFF_SCANNER_DAYS = 1;

    @Inject
    private GateRepository repository;

    @Inject
    private GateDirectory directory;

    @Inject
    private GateAccess access;

    @Inject
    private GateFeed registrations;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<DeviceSummary> devices(String eventId) {
        access.managed(eventId);
        Map<String, Instant> last = repository.lastScanByDevice(eventId);
        // the gates' devices: exhibitors' lead scanners are theirs, not the organizer's doors
        return repository.devices(eventId).stream().filter(d -> d.mode() == DeviceMode.GATE)
                .map(d -> DeviceSummary.of(d, last.get(d.id()), null)).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public int workingGateDevices(String eventId, Instant now) {
        access.managed(eventId);
        return (int) repository.devices(eventId).stream().filter(d -> d.mode() == DeviceMode.GATE && d.isUsableAt(now)).count();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public DeviceSummary pairDevice(String eventId, String name, Integer expiresInDays) {
        return pair(access.managed(eventId), name, expiresInDays);
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public DeviceSummary openScanner(String eventId, String deviceName) {
        EventSummary event = access.scanning(eventId, GateAccess.Caller.of(context));
        String n = Text.optional("name", deviceName, 60);
        String name = caller() + " · " + (n == null ? "scanner" : n);
        return pair(event, name, STAFF_SCANNER_DAYS);
    }

    private DeviceSummary pair(EventSummary event, String name, Integer days) {
        GateDevice.Paired paired = GateDevice.pair(event.id(), name, DeviceMode.GATE, null, caller(), days,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        repository.add(paired.device());
        return DeviceSummary.of(paired.device(), null, paired.token());
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.EXHIBITOR})
    public void revokeDevice(String deviceId) {
        GateDevice device = repository.device(deviceId)
                .orElseThrow(() -> DomainException.notFound("DEVICE_NOT_FOUND", String.valueOf(deviceId)));
        if (!device.pairedBy().equals(caller()) && !access.mayManage(device.eventId())) {
            throw DomainException.notFound("DEVICE_NOT_FOUND", deviceId);
        }
        device.revoke(clock.instant().truncatedTo(ChronoUnit.MICROS));
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
    public List<RevokedCode> revocations(String eventId, Instant since) {
        access.scanning(eventId, GateAccess.Caller.of(context));
        return registrations.revocationsForGate(eventId, since);
    }

    private String caller() {
        return Callers.name(context);
    }
}
