package vn.wtcexpo.venue.model;

/** What sort of space a hall is. */
public enum HallKind {
    EXHIBITION_HALL,
    OUTDOOR_AREA,
    CONFERENCE_ROOM
}
