package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.gate.application.GateReports.FlowRow;

/** Visitor flow, one hall and hour (local time) of a day: counts only; a count from 1 to 4 is null (suppressed). */
@JsonbPropertyOrder({"day", "hall", "hour", "entries", "exits", "peakInside"})
public record FlowJson(LocalDate day, String hall, int hour, @JsonbNillable Integer entries, @JsonbNillable Integer exits,
                       @JsonbNillable Integer peakInside) {

    static FlowJson of(FlowRow r) {
        return new FlowJson(r.day(), r.hall(), r.hour(), r.entries(), r.exits(), r.peakInside());
    }
}
