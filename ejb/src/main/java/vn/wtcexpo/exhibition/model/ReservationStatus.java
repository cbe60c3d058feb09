package vn.wtcexpo.exhibition.model;

/**
 * A reservation holds its booth while {@code ON_HOLD} (until its expiry), {@code RESERVED} (approved,
 * awaiting payment) and {@code SOLD} (paid in full); it lets go when rejected, cancelled or expired.
 */
public enum ReservationStatus {
    ON_HOLD, RESERVED, SOLD, REJECTED, CANCELLED, EXPIRED;

    public boolean live() {
        return this == ON_HOLD || this == RESERVED || this == SOLD;
    }
}
