package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitorLeft;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.application.StaffListChanged;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.Reservation;

/**
 * What follows when a company's booth reservation ends (declined, cancelled, expired): its claims on the floor go,
 * its staff and lead scanners follow, and the company is told. Joins the caller's transaction, under its locks.
 */
@ApplicationScoped
public class BoothEnds {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Inject
    private ReservationMailer mailer;

    @Inject
    private ReservationViews views;

    /** Tells the registration context that staff left (their badges are revoked in this transaction). */
    @Inject
    private Event<StaffListChanged> staffChanges;

    @Inject
    private Event<ExhibitorLeft> departures;

    /**
     * After {@code r} ended: its claims released, then what the company keeps at the event looked at, then the
     * e-mail of {@code kind} with the reason. {@code allowedStaff}: whether the booth counted for staff before.
     */
    public ReservationSummary ended(Reservation r, Booth booth, ReservationMailer.Kind kind, boolean allowedStaff) {
        repository.releaseClaimsOf(r.id());
        afterBoothEnded(r.exhibitorId(), r.eventId(), allowedStaff);
        repository.flush();
        // the event whatever the caller may see (the timer has no caller): only for what the reservation shows
        EventSummary event = events.known(r.eventId());
        Exhibitor company = repository.exhibitor(r.exhibitorId()).orElseThrow();
        mailer.send(ReservationMailer.Notice.aboutBooth(kind, event, booth, company, r.holdExpiresAt(), r.closeReason()));
        return views.of(r, event, booth, company);
    }

    /**
     * A company left with no reserved or sold booth at the event has no staff there any more (its staff list is
     * emptied and their badges revoked: a booth's staff allowance is what let them in), looked at only when the booth
     * that ended counted for staff; a company left with no booth at all (not even a hold) has left the event
     * ({@link ExhibitorLeft}: its lead scanners stop). Under the company's row lock, which adding a person takes too,
     * so nobody is added meanwhile on the strength of the booth that just went.
     */
    private void afterBoothEnded(String exhibitorId, String eventId, boolean allowedStaff) {
        repository.flush();
        repository.lockCompany(exhibitorId);
        List<Reservation> atEvent = repository.reservationsOfExhibitor(exhibitorId).stream()
                .filter(o -> o.eventId().equals(eventId)).toList();
        if (allowedStaff && atEvent.stream().noneMatch(Reservation::countsForStaff)) {
            Exhibitor company = repository.exhibitor(exhibitorId).orElseThrow();
            for (var member : repository.staff(company.id(), eventId)) {
                repository.remove(member);
                staffChanges.fire(StaffListChanged.of(company, member, false));
            }
        }
        if (atEvent.stream().noneMatch(o -> o.status().live())) {
            departures.fire(new ExhibitorLeft(exhibitorId, eventId));
        }
    }
}
