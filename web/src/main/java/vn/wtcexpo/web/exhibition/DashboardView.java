package vn.wtcexpo.web.exhibition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.web.support.Retried;

/** The organizer's dashboard of one event: booths and area per state and hall, area sold, money. */
@Named
@ViewScoped
@Retried
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExhibitionReports reports;

    @Inject
    private EventService events;

    private String eventId;
    private EventSummary event;
    private ExhibitionReports.Dashboard dashboard;
    private List<ExhibitionReports.ExhibitorLine> exhibitors = List.of();

    public void load() {
        try {
            event = events.mayManage(eventId) ? events.event(eventId) : null;
            if (event != null) {
                dashboard = reports.dashboard(eventId);
                exhibitors = reports.exhibitorList(eventId);
            }
        } catch (RuntimeException e) {
            event = null;
        }
    }

    /** The states in the order of the chart and the legend. */
    public BoothStatus[] getStatuses() {
        return new BoothStatus[] {BoothStatus.SOLD, BoothStatus.RESERVED, BoothStatus.ON_HOLD, BoothStatus.AVAILABLE,
            BoothStatus.BLOCKED};
    }

    /** The bars: every hall and then, when there are several, all of them together. */
    public List<ExhibitionReports.HallLine> getBarRows() {
        var d = getDashboard();
        if (d == null) {
            return List.of();
        }
        if (d.halls().size() < 2) {
            return d.halls();
        }
        var rows = new ArrayList<>(d.halls());
        rows.add(d.total());
        return rows;
    }

    /** A state's share of a hall's whole area, in percent, for the bar chart. */
    public double share(ExhibitionReports.HallLine line, BoothStatus status) {
        double all = 0;
        for (BoothStatus s : BoothStatus.values()) {
            all += line.area(s);
        }
        return all == 0 ? 0 : Math.round(line.area(status) * 1000 / all) / 10.0;
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public ExhibitionReports.Dashboard getDashboard() { return dashboard; }
    public List<ExhibitionReports.ExhibitorLine> getExhibitors() { return exhibitors; }
}
