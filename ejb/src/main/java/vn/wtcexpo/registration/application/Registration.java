package vn.wtcexpo.registration.application;

/**
 * The answer to a registration: the badge made now ({@code created}), the existing badge of the same e-mail when
 * the desk asks ({@code created} false), or, online, no badge at all when the e-mail was registered already: it
 * has been sent to that address again, and the caller, who may not be its owner, sees nothing of it.
 */
public record Registration(BadgeSummary badge, boolean created) {

    /** An online registration of an e-mail that has a badge already: nothing of it is shown. */
    public static Registration alreadyRegistered() {
        return new Registration(null, false);
    }

    /** Whether the answer carries a badge that the caller may see. */
    public boolean showsBadge() {
        return badge != null;
    }
}
