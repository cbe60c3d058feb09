package vn.wtcexpo.registration.application;

import java.time.Instant;
import java.util.List;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The registrations of an event as figures for other contexts (the crowd forecast): each active badge's kind, whether it
 * was made at the desk, and when. No names, no contacts.
 */
public interface RegistrationFigures {

    List<Issued> issued(String eventId);

    /** The event's active badges made before {@code before}, per kind, counted by the database. */
    java.util.Map<BadgeKind, Integer> issuedBefore(String eventId, Instant before);

    /**
     * Every badge of the event (revoked ones too, {@code active} false): its id (to pair it with its scans, never to
     * be shown), kind, the interests its holder chose, and a key for the person (a one-way hash of the e-mail, null
     * without one) so that the same person is recognised at another event without their address leaving this context.
     */
    List<Holder> holders(String eventId);

    /** A badge's holder as a figure. */
    record Holder(String badgeId, BadgeKind kind, boolean active, String personKey, java.util.Set<String> interests) {
    }

    /** One active badge: its kind, made at the desk or not, and when. */
    record Issued(BadgeKind kind, boolean atDesk, Instant at) {
    }
}
