package vn.wtcexpo.web.exhibition;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.BoothSummary;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.support.Retried;

/** An exhibitor picks a booth on a published event's plan (or from the list of free booths) and reserves it. */
@Named
@ViewScoped
@Retried
public class BoothPickerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FloorPlanService plans;

    @Inject
    private ReservationService reservations;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private EventService events;

    @Inject
    private LanguageView lang;

    private String eventId;
    private EventSummary event;
    private boolean hasProfile;
    private String number;
    private BoothSummary booth;
    private ReservationSummary reserved;

    public void load() {
        try {
            event = events.event(eventId);
            hasProfile = exhibitors.myCompany().isPresent();
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public String getPlanJson() {
        return PlanData.json(plans.plan(eventId), Map.of(), lang.getLocale());
    }

    /** The booths that can be reserved now, by number: the keyboard's way to the same choice. */
    public List<BoothSummary> getFree() {
        return plans.booths(eventId).stream().filter(b -> b.status() == BoothStatus.AVAILABLE)
                .sorted(java.util.Comparator.comparing(BoothSummary::number, vn.wtcexpo.shared.NaturalOrder.INSTANCE)).toList();
    }

    public void select() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        number = p.get("number");
        pick();
    }

    public void pick() {
        booth = number == null ? null : plans.booth(eventId, number).orElse(null);
        reserved = null;
    }

    public void reserve() {
        if (booth == null) {
            FacesMessages.error("picker.selectFirst");
            return;
        }
        try {
            reserved = reservations.reserve(eventId, booth.number());
            FacesMessages.info("picker.reserved", booth.number());
            booth = plans.booth(eventId, number).orElse(null);
            PrimeFaces.current().ajax().addCallbackParam("plan", getPlanJson());
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
            PrimeFaces.current().ajax().addCallbackParam("plan", getPlanJson());
        }
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public boolean isHasProfile() { return hasProfile; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public BoothSummary getBooth() { return booth; }
    public ReservationSummary getReserved() { return reserved; }
}
