package vn.wtcexpo.web.gate;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.gate.application.OccupancyService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.GateSummary;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * Gate staff's start page: the events whose gates scan today, their gates, and the button that turns this phone
 * or tablet into a scanner for an event (a device token of the caller's own, for a day).
 */
@Named
@ViewScoped
@Retried
public class GateHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject

    private GateService gates;


    @Inject

    private DeviceService deviceService;


    @Inject

    private OccupancyService occupancyService;

    private List<EventSummary> events = List.of();
    private final Map<String, List<GateSummary>> gatesByEvent = new HashMap<>();
    private String deviceName;

    public void load() {
        events = occupancyService.scanningEvents();
        for (EventSummary e : events) {
            gatesByEvent.put(e.id(), gates.gates(e.id()));
        }
    }

    /** Makes this device a scanner of the event and opens the scanner page with its token. */
    public void openScanner(String eventId) throws IOException {
        try {
            DeviceSummary device = deviceService.openScanner(eventId, deviceName);
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.redirect(ext.getRequestContextPath() + "/scanner.xhtml#device=" + device.token());
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public List<GateSummary> gatesOf(String eventId) {
        return gatesByEvent.getOrDefault(eventId, List.of());
    }

    public List<EventSummary> getEvents() { return events; }
    public String getDeviceName() { return deviceName; }
    public void setDeviceName(String deviceName) { this.deviceName = deviceName; }
}
