package vn.wtcexpo.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.registration.application.BadgeService;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.application.Registration;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.support.Retried;

/**
 * The registration desk on a laptop with a badge printer: find people as you type, register a walk-in in
 * seconds, print or reprint a badge (a label for the badge printer, or A6), revoke a badge or reissue a lost one.
 */
@Named
@ViewScoped
@Retried
public class DeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 30;

    @Inject

    private RegistrationService registrations;


    @Inject

    private BadgeService badgeService;

    @Inject
    private EventService events;

    @Inject
    private LanguageView lang;

    private String eventId;
    private EventSummary event;
    private String query;
    private List<BadgeSummary> found = List.of();
    private BadgeSummary current;

    private BadgeKind kind = BadgeKind.VISITOR;
    private String fullName;
    private String company;
    private String jobTitle;
    private String email;
    private String phone;

    public void load() {
        try {
            event = registrations.worksDesk(eventId) ? events.event(eventId) : null;
            if (event != null) {
                search();
            }
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public void search() {
        try {
            found = badgeService.search(eventId, query, SHOWN);
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void walkIn() {
        try {
            Registration r = registrations.registerAtDesk(eventId, kind,
                    new RegistrationForm(fullName, company, jobTitle, email, phone, lang.getCode(), false, List.of()));
            current = r.badge();
            FacesMessages.info(r.created() ? "desk.registered" : "desk.alreadyRegistered", current.fullName());
            fullName = null;
            company = null;
            jobTitle = null;
            email = null;
            phone = null;
            kind = BadgeKind.VISITOR;
            query = null;
            search();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void select(BadgeSummary b) {
        current = b;
    }

    /** Counts a print; the page opens the PDF itself, in the same click. */
    public void printed(BadgeSummary b) {
        try {
            current = badgeService.printed(b.id());
            search();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void revoke() {
        try {
            current = badgeService.revoke(current.id());
            FacesMessages.info("desk.revoked", current.fullName());
            search();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void reissue() {
        try {
            current = badgeService.reissue(current.id());
            FacesMessages.info("desk.reissued", current.fullName());
            search();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public List<BadgeKind> getKinds() {
        return List.of(BadgeKind.VISITOR, BadgeKind.VIP, BadgeKind.PRESS, BadgeKind.ORGANIZER_STAFF, BadgeKind.CONTRACTOR);
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<BadgeSummary> getFound() { return found; }
    public BadgeSummary getCurrent() { return current; }
    public BadgeKind getKind() { return kind; }
    public void setKind(BadgeKind kind) { this.kind = kind; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
