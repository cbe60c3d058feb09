package vn.wtcexpo.web.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.web.support.Retried;

/** What is on at the centre: published events, soonest first. */
@Named
@RequestScoped
@Retried
public class PublicEventsView {

    @Inject
    private EventService events;

    private List<EventSummary> published;

    public List<EventSummary> getPublished() {
        if (published == null) {
            published = events.published();
        }
        return published;
    }
}
