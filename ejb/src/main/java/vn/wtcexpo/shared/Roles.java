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
    /** A paired gate device (a bearer token of the gate context), never an account's role. */
    public static final String GATE_DEVICE = "GATE_DEVICE";
    /** A paired lead scanner of an exhibitor, never an account's role. */
    public static final String LEAD_DEVICE = "LEAD_DEVICE";

    private Roles() {
    }
}
