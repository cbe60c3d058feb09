package vn.wtcexpo.identity.model;

/** What a signed-in person may do. The names are the security roles and groups of the application. */
public enum Role {
    VENUE_ADMIN,
    ORGANIZER,
    EXHIBITOR,
    GATE_STAFF;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String VENUE_ADMIN = "VENUE_ADMIN";
        public static final String ORGANIZER = "ORGANIZER";
        public static final String EXHIBITOR = "EXHIBITOR";
        public static final String GATE_STAFF = "GATE_STAFF";

        private Names() {
        }
    }
}
