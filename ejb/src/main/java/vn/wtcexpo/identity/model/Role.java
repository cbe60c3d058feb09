package vn.wtcexpo.identity.model;

import vn.wtcexpo.shared.Roles;

/** What a signed-in person may do. The names are the security roles and groups of the application ({@link Roles}). */
public enum Role {
    VENUE_ADMIN(Roles.VENUE_ADMIN),
    ORGANIZER(Roles.ORGANIZER),
    EXHIBITOR(Roles.EXHIBITOR),
    GATE_STAFF(Roles.GATE_STAFF);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The security role name; the same as {@link #name()}, checked by a test. */
    public String roleName() {
        return roleName;
    }
}
