package vn.wtcexpo.registration.application;

/** An event's registration: open online or not, the visitor cap (null: none), visitors registered. */
public record DeskSettings(String eventId, boolean open, Integer cap, int visitors) {

    public boolean full() {
        return cap != null && visitors >= cap;
    }

    public Integer remaining() {
        return cap == null ? null : Math.max(0, cap - visitors);
    }
}
