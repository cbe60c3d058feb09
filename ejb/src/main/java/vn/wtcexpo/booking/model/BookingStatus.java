package vn.wtcexpo.booking.model;

/**
 * Where a hall booking stands. {@code TENTATIVE} is a hold with a rank and an option date;
 * {@code CONFIRMED} blocks the slot; the other three are final.
 */
public enum BookingStatus {
    TENTATIVE,
    CONFIRMED,
    CANCELLED,
    EXPIRED,
    REJECTED
}
