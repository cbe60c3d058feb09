package vn.wtcexpo.web.registration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.registration.application.BadgeDocuments;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.application.BadgeJob;
import vn.wtcexpo.registration.application.RegistrationStats;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/**
 * The organizer's registrations of an event: counts per badge type and per day, online registration open or
 * closed and its cap, exports, and printing every badge of a type in the background.
 */
@Named
@ViewScoped
@Retried
public class RegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject

    private RegistrationService registrations;

    @Inject
    private BadgeDocuments documents;

    @Inject
    private EventService events;

    private String eventId;
    private EventSummary event;
    private RegistrationStats stats;
    private boolean open;
    private Integer cap;
    private BadgeKind batchKind = BadgeKind.VISITOR;
    private BadgeFormat batchFormat = BadgeFormat.A6;
    private String jobId;
    private BadgeJob job;

    public void load() {
        try {
            event = registrations.worksDesk(eventId) ? events.event(eventId) : null;
            if (event != null) {
                stats = registrations.stats(eventId);
                open = stats.desk().open();
                cap = stats.desk().cap();
            }
        } catch (RuntimeException e) {
            event = null;
        }
    }

    public void saveSettings() {
        try {
            registrations.changeSettings(eventId, open, cap);
            FacesMessages.info("registrations.saved");
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void startBatch() {
        try {
            job = documents.startBatch(eventId, batchKind, batchFormat);
            jobId = job.id();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public void poll() {
        if (jobId != null) {
            try {
                job = documents.job(jobId);
            } catch (RuntimeException e) {
                FacesMessages.refused(e);
                jobId = null;
                job = null;
            }
        }
    }

    public boolean isPolling() {
        return job != null && job.status() == BadgeJob.Status.RUNNING;
    }

    public long count(BadgeKind kind) {
        return stats == null ? 0 : stats.byKind().getOrDefault(kind, 0L);
    }

    public long count(LocalDate day, BadgeKind kind) {
        Map<BadgeKind, Long> m = stats == null ? null : stats.byDay().get(day);
        return m == null ? 0 : m.getOrDefault(kind, 0L);
    }

    public long dayTotal(LocalDate day) {
        Map<BadgeKind, Long> m = stats == null ? null : stats.byDay().get(day);
        return m == null ? 0 : m.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The width of a day's bar, in percent of the busiest day. */
    public long barPercent(LocalDate day) {
        long max = stats == null ? 0 : stats.byDay().keySet().stream().mapToLong(this::dayTotal).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * dayTotal(day) / max);
    }

    public List<LocalDate> getDays() {
        return stats == null ? List.of() : List.copyOf(stats.byDay().keySet());
    }

    public List<BadgeKind> getKinds() {
        return List.of(BadgeKind.values());
    }

    public List<BadgeFormat> getFormats() {
        return List.of(BadgeFormat.values());
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public RegistrationStats getStats() { return stats; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
    public Integer getCap() { return cap; }
    public void setCap(Integer cap) { this.cap = cap; }
    public BadgeKind getBatchKind() { return batchKind; }
    public void setBatchKind(BadgeKind batchKind) { this.batchKind = batchKind; }
    public BadgeFormat getBatchFormat() { return batchFormat; }
    public void setBatchFormat(BadgeFormat batchFormat) { this.batchFormat = batchFormat; }
    public BadgeJob getJob() { return job; }
}
