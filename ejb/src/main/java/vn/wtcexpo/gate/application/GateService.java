package vn.wtcexpo.gate.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.model.GateDirection;

/** An event's gates, its paired devices, live occupancy and the reports of the scan log. */
public interface GateService {

    /** The event's gates (the organizer, the venue admin, gate staff and the event's devices). */
    List<GateSummary> gates(String eventId);

    /** A new gate into one of the event's halls (the organizer, the venue admin). */
    GateSummary addGate(String eventId, String code, String hall, GateDirection direction);

    /** Removes a gate nobody has scanned at yet ({@code GATE_IN_USE} otherwise). */
    void removeGate(String eventId, String code);

    /** The event's paired devices, newest first, without their tokens. */
    List<DeviceSummary> devices(String eventId);

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
    List<vn.wtcexpo.registration.application.RevokedCode> revocations(String eventId, java.time.Instant since);

    /** Inside now per hall against capacity, and admitted today (the organizer, the venue admin). */
    Occupancy occupancy(String eventId);

    /** Sets a hall's count of people inside today, with the reason (the organizer, the venue admin). */
    Occupancy correct(String eventId, String hall, int inside, String reason);

    /** The live dashboard: occupancy, admissions per hour and gate, denied scans by reason, silent gates, conflicts. */
    GateDashboard dashboard(String eventId);

    /** Visitor flow per hall and hour, aggregated (counts only): entries, exits and the peak inside. */
    List<FlowRow> flow(String eventId);

    /** The id of the event's latest scan (0 when none), to tell a dashboard something changed. */
    long lastScanId(String eventId);

    /** Events whose gates scan today or soon, for gate staff choosing where to work. */
    List<EventSummary> scanningEvents();

    /** How a device's token signs in: its id, event and what it may do. */
    record DeviceSignIn(String deviceId, String eventId, String role) {
    }

    /**
     * One hall and hour of a day: entries, exits, and the most people inside at once during it. A count from 1 to
     * {@link #SMALL_COUNT} - 1 is null (suppressed), so that no one can be singled out in open data.
     */
    record FlowRow(LocalDate day, String hall, int hour, Integer entries, Integer exits, Integer peakInside) {
    }

    /** Counts below this (and above zero) are left out of the visitor flow. */
    int SMALL_COUNT = 5;
}
