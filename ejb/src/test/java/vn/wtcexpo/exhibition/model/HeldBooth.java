package vn.wtcexpo.exhibition.model;

import java.time.Instant;
import vn.wtcexpo.shared.Rect;

/** A booth put on hold for a company, with its reservation: what the reservation rules are tried on. */
record HeldBooth(Reservation reservation, Booth booth) {

    static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    static HeldBooth at(String eventId) {
        Booth booth = new Booth(eventId, "A", "A-101", new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 30_000_000, null);
        return new HeldBooth(new Reservation(eventId, booth, "x", "ex", NOW, NOW.plusSeconds(86_400)), booth);
    }

    HeldBooth approved() {
        reservation.approve(booth, "organizer", NOW);
        return this;
    }

    HeldBooth paid() {
        reservation.paidInFull(booth);
        return this;
    }

    HeldBooth rejected(String reason) {
        reservation.reject(booth, "organizer", reason, NOW);
        return this;
    }
}
