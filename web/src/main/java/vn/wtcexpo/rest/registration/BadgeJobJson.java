package vn.wtcexpo.rest.registration;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import vn.wtcexpo.registration.application.BadgeJob;
import vn.wtcexpo.rest.ApiTime;

/** A batch of badges being printed to one PDF: progress, and the file's address once ready. */
@JsonbPropertyOrder({"id", "event", "status", "total", "done", "percent", "pdfUrl", "startedAt", "finishedAt"})
public record BadgeJobJson(String id, String event, String status, int total, int done, int percent, String pdfUrl,
                           OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static BadgeJobJson of(BadgeJob j) {
        return new BadgeJobJson(j.id(), j.eventId(), j.status().name(), j.total(), j.done(), j.percent(),
                j.ready() ? "/api/badge-jobs/" + j.id() + "/badges.pdf" : null, ApiTime.out(j.startedAt()),
                j.finishedAt() == null ? null : ApiTime.out(j.finishedAt()));
    }
}
