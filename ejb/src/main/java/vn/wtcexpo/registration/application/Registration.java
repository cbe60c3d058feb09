package vn.wtcexpo.registration.application;

/** The answer to a registration: the badge, and whether it was made now ({@code false}: the same person again). */
public record Registration(BadgeSummary badge, boolean created) {
}
