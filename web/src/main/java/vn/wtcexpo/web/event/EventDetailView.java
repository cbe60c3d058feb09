package vn.wtcexpo.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventTerms;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * One event for its organizer: publish it, change its names and terms, its opening hours per day and
 * the days and halls each badge type admits; from here to its floor plan, reservations and dashboard.
 */
@Named
@ViewScoped
@Retried
public class EventDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    private String id;
    private EventSummary event;
    private String nameVi;
    private String nameEn;
    private String descriptionVi;
    private String descriptionEn;
    private int holdDays;
    private int depositPercent;
    private int sqmPerStaff;
    private int maxHolds;
    private final Map<LocalDate, LocalTime[]> hours = new HashMap<>();
    private final Map<BadgeKind, List<String>> badgeDays = new HashMap<>();
    private final Map<BadgeKind, List<String>> badgeHalls = new HashMap<>();

    public void load() {
        try {
            if (!events.mayManage(id)) {
                event = null;
                return;
            }
            fill(events.event(id));
        } catch (RuntimeException e) {
            event = null;
        }
    }

    private void fill(EventSummary e) {
        event = e;
        nameVi = e.nameVi();
        nameEn = e.nameEn();
        descriptionVi = e.descriptionVi();
        descriptionEn = e.descriptionEn();
        holdDays = e.terms().boothHoldDays();
        depositPercent = e.terms().depositPercent();
        sqmPerStaff = e.terms().sqmPerStaff();
        maxHolds = e.terms().maxHoldsPerCompany();
        hours.clear();
        e.days().forEach(d -> hours.put(d.day(), new LocalTime[] {d.opens(), d.closes()}));
        for (EventSummary.BadgeTypeSummary t : e.badgeTypes()) {
            badgeDays.put(t.kind(), new ArrayList<>(t.days().stream().map(LocalDate::toString).toList()));
            badgeHalls.put(t.kind(), new ArrayList<>(t.halls()));
        }
    }

    public void save() {
        try {
            fill(events.describe(id, nameVi, nameEn, descriptionVi, descriptionEn,
                    new EventTerms(holdDays, depositPercent, sqmPerStaff, maxHolds)));
            FacesMessages.info("event.saved");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void publish() {
        try {
            fill(events.publish(id));
            FacesMessages.info("event.published");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void unpublish() {
        try {
            fill(events.unpublish(id));
            FacesMessages.info("event.unpublished");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void saveHours(LocalDate day) {
        LocalTime[] h = hours.get(day);
        try {
            fill(events.changeOpeningHours(id, day, h[0], h[1]));
            FacesMessages.info("event.hoursSaved");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void saveBadge(BadgeKind kind) {
        try {
            fill(events.admit(id, kind, badgeDays.getOrDefault(kind, List.of()).stream().map(LocalDate::parse).toList(),
                    badgeHalls.getOrDefault(kind, List.of())));
            FacesMessages.info("event.badgeSaved");
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Every day a badge may admit on, from the first move-in day to the last move-out day. */
    public List<LocalDate> getBadgeDayChoices() {
        List<LocalDate> list = new ArrayList<>();
        for (LocalDate d = event.moveInFrom(); !d.isAfter(event.moveOutTo()); d = d.plusDays(1)) {
            list.add(d);
        }
        return list;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public EventSummary getEvent() { return event; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescriptionVi() { return descriptionVi; }
    public void setDescriptionVi(String descriptionVi) { this.descriptionVi = descriptionVi; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public int getHoldDays() { return holdDays; }
    public void setHoldDays(int holdDays) { this.holdDays = holdDays; }
    public int getDepositPercent() { return depositPercent; }
    public void setDepositPercent(int depositPercent) { this.depositPercent = depositPercent; }
    public int getSqmPerStaff() { return sqmPerStaff; }
    public void setSqmPerStaff(int sqmPerStaff) { this.sqmPerStaff = sqmPerStaff; }
    public int getMaxHolds() { return maxHolds; }
    public void setMaxHolds(int maxHolds) { this.maxHolds = maxHolds; }
    public Map<LocalDate, LocalTime[]> getHours() { return hours; }
    public Map<BadgeKind, List<String>> getBadgeDays() { return badgeDays; }
    public Map<BadgeKind, List<String>> getBadgeHalls() { return badgeHalls; }
}
