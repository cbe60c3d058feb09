package vn.wtcexpo.web.booking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.wtcexpo.booking.application.Availability;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * The organizer's booking page: pick a hall and days, see availability, rank and quote, request a hold;
 * below, their own bookings with rank, option date and quote, and a way to cancel.
 */
@Named
@ViewScoped
@Retried
public class BookingRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BookingService bookings;

    @Inject
    private VenueService venue;

    private List<HallSummary> halls = List.of();
    private List<BookingSummary> mine = List.of();
    private String hall;
    private String title;
    private List<LocalDate> days = new ArrayList<>();
    private int moveInDays;
    private int moveOutDays;
    private Availability availability;

    public void load() {
        halls = venue.activeHalls().stream()
                .sorted(Comparator.comparing(HallSummary::kind).thenComparing(HallSummary::combined).thenComparing(HallSummary::code))
                .toList();
        mine = bookings.bookings(null, null, null).stream()
                .sorted(Comparator.comparing(BookingSummary::start).reversed()).toList();
    }

    public void check() {
        availability = null;
        BookingRequest request = request();
        if (request == null) {
            return;
        }
        try {
            availability = bookings.check(request);
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void submit() {
        BookingRequest request = request();
        if (request == null) {
            return;
        }
        try {
            BookingSummary hold = bookings.request(request);
            FacesMessages.info("organizer.requested", hold.rank());
            availability = null;
            title = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void cancel(BookingSummary booking) {
        try {
            bookings.cancel(booking.id(), null);
            FacesMessages.info("organizer.cancelled");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** The form's days as a period: from the first day's midnight to the midnight after the last day. */
    private BookingRequest request() {
        if (days == null || days.isEmpty()) {
            FacesMessages.error("organizer.pickDates");
            return null;
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        return new BookingRequest(hall, title, first.atStartOfDay(Formats.VIETNAM).toInstant(),
                last.plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant(), moveInDays, moveOutDays);
    }

    public LocalDate getToday() {
        return LocalDate.now(Formats.VIETNAM);
    }

    public List<HallSummary> getHalls() { return halls; }
    public List<BookingSummary> getMine() { return mine; }
    public Availability getAvailability() { return availability; }
    public String getHall() { return hall; }
    public void setHall(String hall) { this.hall = hall; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<LocalDate> getDays() { return days; }
    public void setDays(List<LocalDate> days) { this.days = days; }
    public int getMoveInDays() { return moveInDays; }
    public void setMoveInDays(int moveInDays) { this.moveInDays = moveInDays; }
    public int getMoveOutDays() { return moveOutDays; }
    public void setMoveOutDays(int moveOutDays) { this.moveOutDays = moveOutDays; }
}
