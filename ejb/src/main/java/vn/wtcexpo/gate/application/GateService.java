package vn.wtcexpo.gate.application;

import java.util.List;
import vn.wtcexpo.gate.model.GateDirection;

/**
 * An event's gates: which doors lead into which halls, one way or both. The other gate use cases, each with its own
 * reason to change: {@link DeviceService} (paired scanners), {@link OccupancyService} (who is inside, corrections),
 * {@link GateReports} (the live dashboard and the visitor flow), {@link CheckinService} (the scan).
 */
public interface GateService {

    /** The event's gates (the organizer, the venue admin, gate staff and the event's devices). */
    List<GateSummary> gates(String eventId);

    /** A new gate into one of the event's halls (the organizer, the venue admin). */
    GateSummary addGate(String eventId, String code, String hall, GateDirection direction);

    /** Removes a gate nobody has scanned at yet ({@code GATE_IN_USE} otherwise). */
    void removeGate(String eventId, String code);
}
