package vn.wtcexpo.web.registration;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.application.DeskSettings;
import vn.wtcexpo.registration.application.Registration;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.support.RateLimiter;
import vn.wtcexpo.web.support.Retried;

/**
 * A visitor registers for a published event, on a phone or a computer, without an account; limited per address
 * like the API. The answer shows the badge's QR code and a link to the PDF, which is also e-mailed.
 */
@Named
@ViewScoped
@Retried
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject

    private RegistrationService registrations;

    @Inject
    private EventService events;

    @Inject
    private ExhibitionReports exhibition;

    @Inject
    private RateLimiter limiter;

    @Inject
    private LanguageView lang;

    private String eventId;
    private EventSummary event;
    private DeskSettings desk;
    private List<String> categories = List.of();

    private String fullName;
    private String company;
    private String jobTitle;
    private String email;
    private String phone;
    private boolean share;
    private List<String> interests = new ArrayList<>();
    private BadgeSummary badge;
    private boolean again;

    public void load() {
        try {
            event = events.event(eventId);
            if (!event.published()) {
                event = null;
                return;
            }
            desk = registrations.desk(eventId);
            categories = exhibition.categoriesOf(eventId);
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public void register() {
        RegistrationForm form = new RegistrationForm(fullName, company, jobTitle, email, phone, lang.getCode(), share, interests);
        try {
            registrations.check(eventId, form);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            limiter.hit(RateLimiter.REGISTRATION, vn.wtcexpo.web.security.ClientAddress.key(request) + "|" + eventId);
            Registration r = registrations.register(eventId, form);
            badge = r.badge();
            again = !r.showsBadge();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Clears the form for the next person (a family registering one by one). */
    public void another() {
        fullName = null;
        company = null;
        jobTitle = null;
        email = null;
        phone = null;
        share = false;
        interests = new ArrayList<>();
        badge = null;
        again = false;
        desk = registrations.desk(eventId);
    }

    public boolean isOpen() {
        return desk != null && desk.open() && !desk.full();
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public DeskSettings getDesk() { return desk; }
    public List<String> getCategories() { return categories; }
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
    public boolean isShare() { return share; }
    public void setShare(boolean share) { this.share = share; }
    public List<String> getInterests() { return interests; }
    public void setInterests(List<String> interests) { this.interests = interests; }
    public BadgeSummary getBadge() { return badge; }
    public boolean isAgain() { return again; }
}
