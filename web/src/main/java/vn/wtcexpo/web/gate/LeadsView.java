package vn.wtcexpo.web.gate;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.LeadService;
import vn.wtcexpo.gate.application.LeadSummary;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * An exhibitor's leads at an event: the visitors its staff scanned at the booth, with rating and notes, the
 * export, and the button that turns this phone into the booth's lead scanner.
 */
@Named
@ViewScoped
@Retried
public class LeadsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LeadService leads;

    @Inject
    private EventService events;

    private String eventId;
    private EventSummary event;
    private List<LeadSummary> list = List.of();
    private String refusal;
    private String deviceName;
    private List<DeviceSummary> scanners = List.of();

    public void load() {
        try {
            event = events.event(eventId);
        } catch (RuntimeException e) {
            event = null;
            return;
        }
        try {
            list = leads.leads(eventId);
            scanners = leads.leadScanners(eventId);
            refusal = null;
        } catch (RuntimeException e) {
            list = List.of();
            refusal = vn.wtcexpo.web.i18n.DomainErrors.find(e) == null ? "LEADS_NEED_A_BOOTH"
                    : vn.wtcexpo.web.i18n.DomainErrors.find(e).code();
        }
    }

    public void openScanner() throws IOException {
        try {
            DeviceSummary device = leads.openLeadScanner(eventId, deviceName);
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.redirect(ext.getRequestContextPath() + "/scanner.xhtml#device=" + device.token());
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public List<LeadSummary> getList() { return list; }
    public String getRefusal() { return refusal; }
    public List<DeviceSummary> getScanners() { return scanners; }
    public String getDeviceName() { return deviceName; }
    public void setDeviceName(String deviceName) { this.deviceName = deviceName; }
}
