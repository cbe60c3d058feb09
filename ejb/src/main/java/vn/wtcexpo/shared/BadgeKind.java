package vn.wtcexpo.shared;

/** The kinds of badge an event issues (shared by the event, registration and gate contexts); each admits on its own days and in its own halls. */
public enum BadgeKind {
    VISITOR, EXHIBITOR_STAFF, ORGANIZER_STAFF, PRESS, VIP, CONTRACTOR;

    /** Whether the kind admits on show days by default (contractors work on move-in and move-out days only). */
    public boolean showDays() {
        return this != CONTRACTOR;
    }

    /** Whether the holder comes as the public does (visitors, press, VIP): in the show's opening hours only. */
    public boolean publicEntry() {
        return this == VISITOR || this == PRESS || this == VIP;
    }

    /** Whether the kind admits on move-in and move-out days by default. */
    public boolean moveDays() {
        return this == EXHIBITOR_STAFF || this == ORGANIZER_STAFF || this == CONTRACTOR;
    }
}
