package vn.wtcexpo.web.event;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.event.application.EventDraft;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * The organizer's events: the list, and a form to create one on confirmed bookings that no event uses
 * yet (names in both languages, first and last show day, opening hours).
 */
@Named
@ViewScoped
@Retried
public class OrganizerEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private BookingService bookings;

    private List<EventSummary> mine = List.of();
    private List<BookingSummary> free = List.of();
    private List<String> bookingIds = new ArrayList<>();
    private String nameVi;
    private String nameEn;
    private String descriptionVi;
    private String descriptionEn;
    private List<LocalDate> days = new ArrayList<>();
    private LocalTime opens = LocalTime.of(9, 0);
    private LocalTime closes = LocalTime.of(17, 0);

    public void load() {
        mine = events.mine();
        Set<String> used = mine.stream().flatMap(e -> e.bookingIds().stream()).collect(Collectors.toSet());
        free = bookings.bookings(null, java.time.Instant.now(), null).stream()
                .filter(b -> b.confirmed() && !used.contains(b.id()))
                .sorted(Comparator.comparing(BookingSummary::start)).toList();
    }

    public void create() throws IOException {
        if (days == null || days.isEmpty()) {
            FacesMessages.error("events.pickDays");
            return;
        }
        if (opens == null || closes == null) {
            FacesMessages.error("events.pickHours");
            return;
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        try {
            EventSummary e = events.create(new EventDraft(nameVi, nameEn, descriptionVi, descriptionEn, bookingIds,
                    first.atTime(opens).atZone(Formats.VIETNAM).toInstant(),
                    last.atTime(closes).atZone(Formats.VIETNAM).toInstant(), null));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("events.created");
            FacesContext.getCurrentInstance().getExternalContext().redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/organizer/event.xhtml?id=" + e.id());
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public LocalDate getToday() {
        return LocalDate.now(Formats.VIETNAM);
    }

    public List<EventSummary> getMine() { return mine; }
    public List<BookingSummary> getFree() { return free; }
    public List<String> getBookingIds() { return bookingIds; }
    public void setBookingIds(List<String> bookingIds) { this.bookingIds = bookingIds; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionVi() { return descriptionVi; }
    public void setDescriptionVi(String descriptionVi) { this.descriptionVi = descriptionVi; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public List<LocalDate> getDays() { return days; }
    public void setDays(List<LocalDate> days) { this.days = days; }
    public LocalTime getOpens() { return opens; }
    public void setOpens(LocalTime opens) { this.opens = opens; }
    public LocalTime getCloses() { return closes; }
    public void setCloses(LocalTime closes) { this.closes = closes; }
}
