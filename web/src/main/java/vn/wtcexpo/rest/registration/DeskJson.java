package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import vn.wtcexpo.registration.application.DeskSettings;

/** An event's registration: open online, the visitor cap (null: none), visitors registered, places left. */
@JsonbPropertyOrder({"event", "open", "cap", "visitors", "remaining"})
public record DeskJson(String event, Boolean open, Integer cap, Integer visitors, Integer remaining) {

    static DeskJson of(DeskSettings d) {
        return new DeskJson(d.eventId(), d.open(), d.cap(), d.visitors(), d.remaining());
    }
}
