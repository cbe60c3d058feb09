package vn.wtcexpo.booking.model;

/** The parts of a booking; each occupies the hall. Move-in and move-out days are priced apart. */
public enum Phase {
    MOVE_IN,
    SHOW,
    MOVE_OUT
}
