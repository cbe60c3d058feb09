package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import vn.wtcexpo.gate.application.GateSummary;

/** A gate: its code, the hall it leads into, {@code IN}, {@code OUT} or {@code BOTH}. Also the body that creates one. */
@JsonbPropertyOrder({"code", "hall", "direction"})
public record GateJson(String code, String hall, String direction) {

    static GateJson of(GateSummary g) {
        return new GateJson(g.code(), g.hall(), g.direction().name());
    }
}
