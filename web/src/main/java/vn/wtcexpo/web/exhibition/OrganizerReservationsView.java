package vn.wtcexpo.web.exhibition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.model.ReservationStatus;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The organizer decides on an event's booth reservations and records what exhibitors pay. */
@Named
@ViewScoped
@Retried
public class OrganizerReservationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReservationService reservations;

    @Inject
    private EventService events;

    private String eventId;
    private EventSummary event;
    private List<ReservationSummary> list = List.of();
    /** How many holds each company has at the event, by exhibitor id: those with several can be approved together. */
    private Map<String, Long> holds = Map.of();
    private ReservationStatus filter;
    private ReservationSummary current;
    private String reason;
    private Long amount;
    private LocalDate receivedOn;
    private String reference;
    private LocalDate holdUntil;

    public void load() {
        try {
            event = events.mayManage(eventId) ? events.event(eventId) : null;
            List<ReservationSummary> all = event == null ? List.of() : reservations.reservations(eventId);
            holds = all.stream().filter(ReservationSummary::onHold)
                    .collect(Collectors.groupingBy(ReservationSummary::exhibitorId, Collectors.counting()));
            list = all.stream().filter(r -> filter == null || r.status() == filter).toList();
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public void approve(ReservationSummary r) {
        try {
            ReservationSummary done = reservations.approve(r.id());
            FacesMessages.info("reservations.approved", done.boothNumber(), done.invoice().number());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Approves every hold of the row's company at the event together: one payment request covers them all. */
    public void approveCompany(ReservationSummary r) {
        try {
            List<String> ids = reservations.reservations(eventId).stream()
                    .filter(o -> o.onHold() && o.exhibitorId().equals(r.exhibitorId())).map(ReservationSummary::id).toList();
            List<ReservationSummary> done = reservations.approveTogether(ids);
            FacesMessages.info("reservations.approvedAll", String.join(", ", done.get(0).invoice().boothNumbers()),
                    done.get(0).invoice().number());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** How many holds the row's company has at the event. */
    public long holdsOf(ReservationSummary r) {
        return holds.getOrDefault(r.exhibitorId(), 0L);
    }

    public void prepare(ReservationSummary r) {
        current = r;
        reason = null;
        amount = r.invoice() == null ? null : r.invoice().outstandingVnd();
        receivedOn = LocalDate.now(Formats.VIETNAM);
        reference = null;
        holdUntil = r.holdExpiresAt() == null ? null : r.holdExpiresAt().atZone(Formats.VIETNAM).toLocalDate().plusDays(7);
    }

    /** Gives the exhibitor until the end of the chosen day (local time) to be approved. */
    public void extend() {
        if (holdUntil == null) {
            FacesMessages.error("reservations.pickDay");
            return;
        }
        try {
            reservations.holdUntil(current.id(), holdUntil.plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant().minusSeconds(1));
            FacesMessages.info("reservations.extended", current.boothNumber());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void reject() {
        try {
            reservations.reject(current.id(), reason);
            FacesMessages.info("reservations.rejected", current.boothNumber());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void cancel() {
        try {
            reservations.cancel(current.id(), reason);
            FacesMessages.info("reservations.cancelled", current.boothNumber());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void pay() {
        if (amount == null) {
            FacesMessages.error("reservations.amountRequired");
            return;
        }
        try {
            ReservationSummary done = reservations.recordPayment(current.id(), amount, receivedOn, reference);
            FacesMessages.info(done.status() == ReservationStatus.SOLD ? "reservations.sold" : "reservations.paymentRecorded",
                    String.join(", ", done.invoice().boothNumbers()), done.invoice().number());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public LocalDate getToday() {
        return LocalDate.now(Formats.VIETNAM);
    }

    public ReservationStatus[] getStatuses() { return ReservationStatus.values(); }
    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public List<ReservationSummary> getList() { return list; }
    public ReservationStatus getFilter() { return filter; }
    public void setFilter(ReservationStatus filter) { this.filter = filter; }
    public ReservationSummary getCurrent() { return current; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getReference() { return reference; }
    public LocalDate getHoldUntil() { return holdUntil; }
    public void setHoldUntil(LocalDate holdUntil) { this.holdUntil = holdUntil; }
    public void setReference(String reference) { this.reference = reference; }
}
