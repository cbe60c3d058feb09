package vn.wtcexpo.web.insight;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.wtcexpo.insight.application.ForecastService;
import vn.wtcexpo.web.gate.LiveView;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The organizer's target wait at a gate, on the live page: the lane plan keeps every queue under it. */
@Named
@ViewScoped
@Retried
public class ForecastSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForecastService forecasts;

    @Inject
    private LiveView live;

    private String eventId;
    private Integer targetWait;
    private boolean loaded;

    public void save() {
        try {
            int saved = forecasts.changeTargetWait(eventId, targetWait);
            targetWait = saved;
            live.replan();
            FacesMessages.info("live.forecast.targetWait.saved", saved);
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }

    public Integer getTargetWait() {
        if (!loaded && eventId != null) {
            loaded = true;
            try {
                targetWait = forecasts.targetWait(eventId);
            } catch (RuntimeException e) {
                targetWait = null; // not the caller's event: the page says so already
            }
        }
        return targetWait;
    }

    public void setTargetWait(Integer targetWait) {
        this.loaded = true;
        this.targetWait = targetWait;
    }
}
