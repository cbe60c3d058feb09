package vn.wtcexpo.registration.application;

import vn.wtcexpo.shared.BadgeKind;

/**
 * Registration: anyone registers online for a published event whose registration is open; the event's organizer
 * (and the venue admin) works the desk (walk-ins of any kind but exhibitor staff) and sets how registration runs.
 * Each method is one transaction; refusals are {@link vn.wtcexpo.shared.DomainException}s. The badges it makes are
 * {@link BadgeService}'s; what gates read of them, {@link GateFeed}'s.
 */
public interface RegistrationService {

    /** Checks a form and that the event is published, storing nothing (so that bad input costs no rate limit). */
    void check(String eventId, RegistrationForm form);

    /**
     * Registers a visitor online: {@code EVENT_NOT_FOUND}, {@code REGISTRATION_CLOSED}, {@code REGISTRATION_FULL}.
     * The same e-mail again (in any letter case) is {@link Registration#alreadyRegistered()}: its badge is mailed to
     * the stored address again, never shown to the caller, and never a second badge is made, even when registration
     * has closed or is full since.
     */
    Registration register(String eventId, RegistrationForm form);

    /** The desk registers someone of {@code kind} (not exhibitor staff); e-mail optional; no rate limit. */
    Registration registerAtDesk(String eventId, BadgeKind kind, RegistrationForm form);

    /** Whether the caller works the event's desk (its organizer, the venue admin). */
    boolean worksDesk(String eventId);

    RegistrationStats stats(String eventId);

    /** Whether visitors may register now and how many places are left (anyone, for a published event). */
    DeskSettings desk(String eventId);

    /** Online registration open or not, the cap and the visitors registered, as the organizer set them. */
    DeskSettings settings(String eventId);

    DeskSettings changeSettings(String eventId, boolean open, Integer cap);
}
