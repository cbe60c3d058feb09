package vn.wtcexpo.web.booking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.venue.application.BlackoutSummary;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.i18n.Formats;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.Retried;

/**
 * The venue admin's calendar: one timeline row per hall with confirmed bookings, holds (rank and option
 * date) and blackouts; from it, confirm a hold, confirm one ahead of the queue with a reason, or reject.
 */
@Named
@ViewScoped
@Retried
public class VenueCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BookingService bookings;

    @Inject
    private VenueService venue;

    @Inject
    private vn.wtcexpo.web.i18n.LanguageView lang;

    private LocalDate from = LocalDate.now(Formats.VIETNAM).minusDays(7);
    private int months = 12;
    private TimelineModel<Object, HallSummary> model;
    private List<BookingSummary> holds = List.of();
    private BookingSummary selected;
    private BlackoutSummary selectedBlackout;
    private String reason;

    public void load() {
        Instant start = from.atStartOfDay(Formats.VIETNAM).toInstant();
        Instant end = from.plusMonths(months).atStartOfDay(Formats.VIETNAM).toInstant();
        model = new TimelineModel<>();
        for (HallSummary hall : venue.activeHalls().stream()
                .sorted(Comparator.comparing(HallSummary::kind).thenComparing(HallSummary::combined).thenComparing(HallSummary::code))
                .toList()) {
            model.addGroup(new TimelineGroup<>(hall.code(), hall, hall.code() + " · " + hall.name(lang.getLocale())));
        }
        List<BookingSummary> shown = bookings.bookings(null, start, end).stream()
                .filter(b -> b.status() == BookingStatus.TENTATIVE || b.status() == BookingStatus.CONFIRMED).toList();
        for (BookingSummary b : shown) {
            String label = b.confirmed() ? b.title() : "#" + b.rank() + " · " + b.title();
            model.add(TimelineEvent.<Object>builder().data(new Label(b.id(), label, null)).group(b.hall()).title(tooltip(b))
                    .startDate(local(b.start())).endDate(local(b.end()))
                    .styleClass(b.confirmed() ? "tl-confirmed" : (b.rank() == 1 ? "tl-hold tl-first" : "tl-hold"))
                    .editable(false).build());
        }
        for (BlackoutSummary b : venue.blackoutsBetween(start, end)) {
            model.add(TimelineEvent.<Object>builder().data(new Label(null, b.reason(), b.id())).group(b.hall())
                    .title(Texts.text(lang.getLocale(), "calendar.blackout", b.reason()))
                    .startDate(local(b.start())).endDate(local(b.end())).styleClass("tl-blackout").editable(false).build());
        }
        // every hold still waiting, wherever it lies in time: the queue is the admin's to-do list
        holds = bookings.bookings(null, Instant.now(), null).stream().filter(BookingSummary::tentative)
                .sorted(Comparator.comparing(BookingSummary::hall).thenComparing(BookingSummary::start)
                        .thenComparing(b -> b.rank()))
                .toList();
        if (selected != null) {
            String id = selected.id();
            selected = null;
            try {
                selected = bookings.booking(id);
            } catch (RuntimeException ignored) {
                // it disappeared from view; nothing selected
            }
        }
    }

    /** What the timeline shows for an item; the id points back to the booking or blackout. */
    public record Label(String bookingId, String text, String blackoutId) implements Serializable {
        @Override
        public String toString() {
            return text;
        }
    }

    public void onSelect(TimelineSelectEvent<Object> e) {
        reason = null;
        selected = null;
        selectedBlackout = null;
        if (e.getTimelineEvent().getData() instanceof Label label) {
            if (label.bookingId() != null) {
                selected = bookings.booking(label.bookingId());
            }
        }
    }

    public void select(BookingSummary booking) {
        reason = null;
        selected = bookings.booking(booking.id());
    }

    public void confirm() {
        decide(() -> bookings.confirm(selected.id(), false, null), "calendar.confirmed");
    }

    public void confirmAhead() {
        decide(() -> bookings.confirm(selected.id(), true, reason), "calendar.confirmed");
    }

    public void reject() {
        decide(() -> bookings.reject(selected.id(), reason), "calendar.rejected");
    }

    public void cancel() {
        decide(() -> bookings.cancel(selected.id(), reason), "calendar.cancelled");
    }

    private void decide(java.util.function.Supplier<BookingSummary> action, String message) {
        if (selected == null) {
            return;
        }
        try {
            BookingSummary done = action.get();
            FacesMessages.info(message, done.title());
            selected = done;
            reason = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
            load();
        }
    }

    private String tooltip(BookingSummary b) {
        String status = Texts.text(lang.getLocale(), "booking.status." + b.status().name());
        String text = b.title() + " — " + status + (b.tentative() ? " #" + b.rank() + ", "
                + Texts.text(lang.getLocale(), "booking.holdExpiresAt") + " " + lang.dateTime(b.holdExpiresAt()) : "");
        return text + " (" + b.organizer() + ")";
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, Formats.VIETNAM);
    }

    /** Tall enough for every hall's row, in pixels; the timeline grows beyond it when items stack. */
    public int getTimelineHeight() {
        return model == null ? 300 : 70 + 38 * model.getGroups().size();
    }

    public LocalDateTime getWindowStart() {
        return from.atStartOfDay();
    }

    public LocalDateTime getWindowEnd() {
        return from.plusMonths(months).atStartOfDay();
    }

    public TimelineModel<Object, HallSummary> getModel() { return model; }
    public List<BookingSummary> getHolds() { return holds; }
    public BookingSummary getSelected() { return selected; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from == null ? LocalDate.now(Formats.VIETNAM) : from; }
    public int getMonths() { return months; }
    public void setMonths(int months) { this.months = Math.max(1, Math.min(24, months)); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
