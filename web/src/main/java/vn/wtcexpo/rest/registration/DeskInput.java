package vn.wtcexpo.rest.registration;

/** Opens or closes online registration and sets the visitor cap (null: none). */
public record DeskInput(Boolean open, Integer cap) {
}
