package vn.wtcexpo.shared;

/**
 * The security role names of the application, in one place: {@code @RolesAllowed} in every context,
 * the web module's constraints and views, and the identity context's {@code Role} all use these.
 */
public final class Roles {

    public static final String VENUE_ADMIN = "VENUE_ADMIN";
    public static final String ORGANIZER = "ORGANIZER";
    public static final String EXHIBITOR = "EXHIBITOR";
    public static final String GATE_STAFF = "GATE_STAFF";

    private Roles() {
    }
}
