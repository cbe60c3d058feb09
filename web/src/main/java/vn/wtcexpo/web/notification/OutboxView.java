package vn.wtcexpo.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.notification.application.OutboxEntry;
import vn.wtcexpo.notification.model.OutboxStatus;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.support.Retried;

/** The venue admin's view of the mail outbox: what was sent, what waits, what failed; send again. */
@Named
@ViewScoped
@Retried
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 300;

    @Inject
    private Outbox outbox;

    private OutboxStatus status;
    private List<OutboxEntry> messages = List.of();
    private Map<OutboxStatus, Long> counts = Map.of();
    private OutboxEntry selected;

    public void load() {
        messages = outbox.recent(status, SHOWN);
        counts = outbox.counts();
    }

    public void resend(OutboxEntry entry) {
        try {
            outbox.resend(entry.id());
            FacesMessages.info("admin.outbox.resent", entry.recipient());
            load();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public long count(OutboxStatus s) {
        return counts.getOrDefault(s, 0L);
    }

    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
    public List<OutboxEntry> getMessages() { return messages; }
    public OutboxEntry getSelected() { return selected; }
    public void setSelected(OutboxEntry selected) { this.selected = selected; }
}
