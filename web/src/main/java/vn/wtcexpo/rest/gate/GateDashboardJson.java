package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.gate.application.GateDashboard;
import vn.wtcexpo.rest.ApiTime;

/** The live dashboard of an event's gates today. */
@JsonbPropertyOrder({"occupancy", "hours", "gates", "deniedByReason", "conflicts", "at"})
public record GateDashboardJson(OccupancyJson occupancy, List<HourJson> hours, List<GateRowJson> gates,
                                Map<String, Integer> deniedByReason, List<ConflictJson> conflicts, OffsetDateTime at) {

    @JsonbPropertyOrder({"hour", "admitted", "exits", "denied"})
    public record HourJson(int hour, int admitted, int exits, int denied) {
    }

    @JsonbPropertyOrder({"gate", "hall", "direction", "admitted", "exits", "denied", "lastScanAt", "silent"})
    public record GateRowJson(String gate, String hall, String direction, int admitted, int exits, int denied,
                              @JsonbNillable OffsetDateTime lastScanAt, boolean silent) {
    }

    @JsonbPropertyOrder({"gate", "holder", "type", "result", "reason", "scannedAt", "recordedAt"})
    public record ConflictJson(String gate, String holder, String type, String result, String reason,
                               OffsetDateTime scannedAt, OffsetDateTime recordedAt) {
    }

    static GateDashboardJson of(GateDashboard d) {
        return new GateDashboardJson(OccupancyJson.of(d.occupancy()),
                d.hours().stream().map(h -> new HourJson(h.hour(), h.admitted(), h.exits(), h.denied())).toList(),
                d.gates().stream().map(g -> new GateRowJson(g.gate(), g.hall(), g.direction(), g.admitted(), g.exits(),
                        g.denied(), ApiTime.out(g.lastScanAt()), g.silent())).toList(),
                d.deniedByReason(),
                d.conflicts().stream().map(c -> new ConflictJson(c.gate(), c.holder(), c.badgeType(), c.result(), c.reason(),
                        ApiTime.out(c.scannedAt()), ApiTime.out(c.recordedAt()))).toList(),
                ApiTime.out(d.at()));
    }
}
