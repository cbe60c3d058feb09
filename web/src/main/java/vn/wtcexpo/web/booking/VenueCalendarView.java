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
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.venue.application.BlackoutSummary;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.BlackoutService;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.web.i18n.FacesMessages;
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
    private BlackoutService blackouts;

    @Inject
    private vn.wtcexpo.web.i18n.LanguageView lang;

    /** How much of the calendar is shown at once. */
    public enum Span {
        WEEK(7), MONTH(31), QUARTER(92), YEAR(366);

        final int days;

        Span(int days) {
            this.days = days;
        }
    }

    private LocalDate from = LocalDate.now(Formats.VIETNAM).minusDays(3);
    private Span span = Span.QUARTER;
    private TimelineModel<Object, HallSummary> model;
    private List<BookingSummary> holds = List.of();
    private BookingSummary selected;
    private BlackoutSummary selectedBlackout;
    private String reason;

    public void load() {
        Instant start = from.atStartOfDay(Formats.VIETNAM).toInstant();
        Instant end = from.plusDays(span.days).atStartOfDay(Formats.VIETNAM).toInstant();
        model = new TimelineModel<>();
        List<HallSummary> halls = venue.activeHalls().stream()
                .sorted(Comparator.comparing(HallSummary::kind).thenComparing(HallSummary::combined).thenComparing(HallSummary::code))
                .toList();
        for (HallSummary hall : halls) {
            model.addGroup(new TimelineGroup<>(hall.code(), hall, hall.code() + " · " + hall.name(lang.getLocale())));
        }
        List<BookingSummary> shown = bookings.bookings(null, start, end).stream()
                .filter(b -> b.status() == BookingStatus.TENTATIVE || b.status() == BookingStatus.CONFIRMED).toList();
        for (BookingSummary b : shown) {
            String label = b.confirmed() ? b.title() : "#" + b.rank() + " · " + b.title();
            String style = b.confirmed() ? "tl-confirmed" : (b.rank() == 1 ? "tl-hold tl-first" : "tl-hold");
            String tooltip = tooltip(b);
            model.add(TimelineEvent.<Object>builder().data(new Label(b.id(), label, null, tooltip)).group(b.hall())
                    .title(tooltip).startDate(local(b.start())).endDate(local(b.end())).styleClass(style)
                    .editable(false).build());
            // the same floor space seen from the rows of the halls that share it (parts, combined halls)
            for (String other : sharing(b.hall(), halls)) {
                String via = Texts.text(lang.getLocale(), "calendar.via", b.hall()) + " · " + label;
                model.add(TimelineEvent.<Object>builder().data(new Label(b.id(), via, null, via + " — " + tooltip))
                        .group(other).title(via).startDate(local(b.start())).endDate(local(b.end()))
                        .styleClass(style + " tl-shared").editable(false).build());
            }
        }
        for (BlackoutSummary b : blackouts.blackoutsBetween(start, end)) {
            String tooltip = Texts.text(lang.getLocale(), "calendar.blackout", b.reason());
            model.add(TimelineEvent.<Object>builder().data(new Label(null, b.reason(), b.id(), tooltip)).group(b.hall())
                    .title(tooltip).startDate(local(b.start())).endDate(local(b.end())).styleClass("tl-blackout")
                    .editable(false).build());
            for (String other : sharing(b.hall(), halls)) {
                String via = Texts.text(lang.getLocale(), "calendar.via", b.hall()) + " · " + b.reason();
                model.add(TimelineEvent.<Object>builder().data(new Label(null, via, b.id(), via + " — " + tooltip))
                        .group(other).title(via).startDate(local(b.start())).endDate(local(b.end()))
                        .styleClass("tl-blackout tl-shared").editable(false).build());
            }
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

    /** The other rows whose floor space {@code code} takes: its parts, and the combined halls over any of them. */
    static List<String> sharing(String code, List<HallSummary> halls) {
        List<String> footprint = halls.stream().filter(h -> h.code().equals(code)).findFirst()
                .map(h -> h.combined() ? h.parts() : List.of(code)).orElse(List.of(code));
        return halls.stream().map(HallSummary::code).filter(c -> !c.equals(code))
                .filter(c -> footprint.contains(c) || halls.stream().anyMatch(h -> h.code().equals(c) && h.combined()
                        && h.parts().stream().anyMatch(footprint::contains)))
                .toList();
    }

    /** What the timeline shows for an item; the id points back to the booking or blackout. */
    public record Label(String bookingId, String text, String blackoutId, String tooltip) implements Serializable {
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
        return from.plusDays(span.days).atStartOfDay();
    }

    /** Shows a week, a month, a quarter or a year from the current start. */
    public void show(Span wanted) {
        span = wanted;
        load();
    }

    /** Moves the window one span back or forward. */
    public void move(int direction) {
        from = from.plusDays((long) direction * span.days);
        load();
    }

    public void today() {
        from = LocalDate.now(Formats.VIETNAM).minusDays(span == Span.WEEK ? 1 : 3);
        load();
    }

    public Span[] getSpans() {
        return Span.values();
    }

    public Span getSpan() { return span; }

    public TimelineModel<Object, HallSummary> getModel() { return model; }
    public List<BookingSummary> getHolds() { return holds; }
    public BookingSummary getSelected() { return selected; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from == null ? LocalDate.now(Formats.VIETNAM) : from; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
