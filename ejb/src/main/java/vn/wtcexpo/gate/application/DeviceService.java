package vn.wtcexpo.gate.application;

import java.time.Instant;
import java.util.List;
import vn.wtcexpo.registration.application.RevokedCode;

/** The devices that scan at an event's gates: paired by the organizer, opened by gate staff, revoked at once. */
public interface DeviceService {

    /** The event's paired gate devices, newest first, without their tokens (lead scanners are the exhibitors'). */
    List<DeviceSummary> devices(String eventId);

    /** How many gate devices of the event work at {@code now} (paired, not revoked, not expired): a count, no scans read. */
    int workingGateDevices(String eventId, java.time.Instant now);

    /** Pairs a gate device to the event: its token, shown once, is in the answer (the organizer, the venue admin). */
    DeviceSummary pairDevice(String eventId, String name, Integer expiresInDays);

    /**
     * A scanner for the caller on this device: gate staff, the organizer and the venue admin get a gate device
     * of their own for a day, with its token once.
     */
    DeviceSummary openScanner(String eventId, String deviceName);

    /** Revokes a device: its token stops at once (the event's organizer, the venue admin, who paired it). */
    void revokeDevice(String deviceId);

    /** The calling device, and its event (a paired device only). */
    DeviceSummary me();

    /** The event's revocation list for the calling gate device (its own event only). */
    List<RevokedCode> revocations(String eventId, Instant since);

    /** How a device's token signs in: its id, event and what it may do ({@link DeviceTokens}). */
    record DeviceSignIn(String deviceId, String eventId, String role) {
    }
}
