package vn.wtcexpo.exhibition.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Booth reservations: an exhibitor puts a booth on hold, the organizer approves (a payment request is
 * issued) or rejects, payments are recorded until the booth is sold; holds expire by timer. One booth,
 * one exhibitor: the booth rows are locked in id order and every live reservation claims its floor in
 * {@code booth_claim}, whose primary key refuses a second claim.
 */
public interface ReservationService {

    /**
     * Puts a booth of a published event on hold for the caller's company.
     *
     * @throws vn.wtcexpo.shared.DomainException {@code BOOTH_TAKEN} (409), {@code EVENT_NOT_PUBLISHED} (409),
     *                                           {@code BOOTH_NOT_FOUND}, {@code EXHIBITOR_PROFILE_MISSING} (409)
     */
    ReservationSummary reserve(String eventId, String boothNumber);

    /** An exhibitor's own; an organizer's events'; all for the venue admin. {@code eventId} may be null. */
    List<ReservationSummary> reservations(String eventId);

    ReservationSummary reservation(String id);

    /** The organizer approves a hold: the booth is reserved and a payment request issued. */
    ReservationSummary approve(String id);

    /**
     * The organizer approves holds of one company at one event together: one payment request covers them all, a line
     * per booth; all or none.
     */
    List<ReservationSummary> approveTogether(List<String> ids);

    ReservationSummary reject(String id, String reason);

    /** Its exhibitor before approval, or the organizer until it is sold; the booth is free again. */
    ReservationSummary cancel(String id, String reason);

    /** The organizer gives the exhibitor until {@code until} to be approved. */
    ReservationSummary holdUntil(String id, Instant until);

    /** Records money received against the reservation's payment request; paid in full sells every booth on it. */
    ReservationSummary recordPayment(String id, long amountVnd, LocalDate receivedOn, String reference);

    /** Who holds which booth of an event (live reservations): company name by booth number (its organizer). */
    java.util.Map<String, String> holders(String eventId);


    /** Expires every hold due by {@code cutoff} (venue admin; tests and the back office). */
    int expireHoldsDueBy(Instant cutoff);
}
