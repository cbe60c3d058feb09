package vn.wtcexpo.web.gate;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.GateSummary;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.infrastructure.documents.QrPng;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * The organizer's gates of an event: the doors and the halls they lead into, the paired devices (pairing shows a
 * QR code the phone scans to become a scanner; the token is shown once), and a correction of a hall's count.
 */
@Named
@ViewScoped
@Retried
public class GatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject

    private GateService gates;


    @Inject

    private DeviceService deviceService;

    @Inject
    private EventService events;

    private String eventId;
    private EventSummary event;
    private List<GateSummary> gateList = List.of();
    private List<DeviceSummary> devices = List.of();

    private String code;
    private String hall;
    private GateDirection direction = GateDirection.IN;

    private String deviceName;
    private Integer deviceDays = 14;
    private String pairingUrl;
    private String pairingQr;
    private String pairedName;

    public void load() {
        try {
            event = events.mayManage(eventId) ? events.event(eventId) : null;
            if (event != null) {
                gateList = gates.gates(eventId);
                devices = deviceService.devices(eventId);
                if (hall == null && !event.halls().isEmpty()) {
                    hall = event.halls().get(0);
                }
            }
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public void addGate() {
        try {
            GateSummary g = gates.addGate(eventId, code, hall, direction);
            FacesMessages.info("gates.added", g.code());
            code = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void removeGate(String gateCode) {
        try {
            gates.removeGate(eventId, gateCode);
            FacesMessages.info("gates.removed", gateCode);
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void pair() {
        try {
            DeviceSummary d = deviceService.pairDevice(eventId, deviceName, deviceDays);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            String base = request.getRequestURL().toString();
            base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
            pairingUrl = base + "/scanner.xhtml#device=" + d.token();
            pairingQr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrPng.of(pairingUrl, 6));
            pairedName = d.name();
            deviceName = null;
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Hides the pairing code (the token is not shown again). */
    public void donePairing() {
        pairingUrl = null;
        pairingQr = null;
        pairedName = null;
    }

    public void revoke(String deviceId) {
        try {
            deviceService.revokeDevice(deviceId);
            FacesMessages.info("devices.revoked");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public boolean active(DeviceSummary d) {
        return d.active(Instant.now());
    }

    public GateDirection[] getDirections() {
        return GateDirection.values();
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public List<GateSummary> getGateList() { return gateList; }
    public List<DeviceSummary> getDevices() { return devices; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getHall() { return hall; }
    public void setHall(String hall) { this.hall = hall; }
    public GateDirection getDirection() { return direction; }
    public void setDirection(GateDirection direction) { this.direction = direction; }
    public String getDeviceName() { return deviceName; }
    public void setDeviceName(String deviceName) { this.deviceName = deviceName; }
    public Integer getDeviceDays() { return deviceDays; }
    public void setDeviceDays(Integer deviceDays) { this.deviceDays = deviceDays; }
    public String getPairingUrl() { return pairingUrl; }
    public String getPairingQr() { return pairingQr; }
    public String getPairedName() { return pairedName; }
}
