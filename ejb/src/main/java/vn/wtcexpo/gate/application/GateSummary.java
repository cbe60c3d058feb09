package vn.wtcexpo.gate.application;

import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.GateDirection;

/** A gate of an event: its code, the hall it leads into, which way people pass. */
public record GateSummary(String eventId, String code, String hall, GateDirection direction) {

    public static GateSummary of(Gate g) {
        return new GateSummary(g.eventId(), g.code(), g.hallCode(), g.direction());
    }

    /** Whether people come in through it (an entry or a two-way gate). */
    public boolean letsIn() {
        return direction != GateDirection.OUT;
    }
}
