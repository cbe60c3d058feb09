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

    /** One active badge: its kind, made at the desk or not, and when. */
    record Issued(BadgeKind kind, boolean atDesk, Instant at) {
    }
}
