package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import vn.wtcexpo.gate.application.Occupancy;

/** Inside now per hall against its safety capacity (warning at 90 %), and admitted today (local day). */
@JsonbPropertyOrder({"event", "day", "inside", "halls", "admittedToday"})
public record OccupancyJson(String event, LocalDate day, int inside, List<HallJson> halls, int admittedToday) {

    @JsonbPropertyOrder({"hall", "inside", "capacity", "entries", "exits", "warning", "full"})
    public record HallJson(String hall, int inside, int capacity, int entries, int exits, boolean warning, boolean full) {
    }

    static OccupancyJson of(Occupancy o) {
        return new OccupancyJson(o.eventId(), o.day(), o.inside(), o.halls().stream()
                .map(h -> new HallJson(h.hall(), h.inside(), h.capacity(), h.entries(), h.exits(), h.warning(), h.full()))
                .toList(), o.admittedToday());
    }
}
