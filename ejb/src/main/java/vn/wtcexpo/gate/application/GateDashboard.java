package vn.wtcexpo.gate.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The organizer's live view of an event's gates today. */
public record GateDashboard(Occupancy occupancy, List<HourRow> hours, List<GateRow> gates, Map<String, Integer> deniedByReason,
                            List<Conflict> conflicts, Instant at) {

    /** Admissions (entries counted) and exits in one hour, local time. */
    public record HourRow(int hour, int admitted, int exits, int denied) {
    }

    /** A gate's scans today; {@code silent}: no scan in the last {@link #SILENT_MINUTES} minutes while others scan. */
    public record GateRow(String gate, String hall, String direction, int admitted, int exits, int denied,
                          Instant lastScanAt, boolean silent) {
    }

    /** A badge an offline gate admitted although the server would not (found when the gate synchronised). */
    public record Conflict(String gate, String holder, String badgeType, String result, String reason, Instant scannedAt,
                           Instant recordedAt) {
    }

    public static final int SILENT_MINUTES = 10;
}
