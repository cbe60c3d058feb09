package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.application.BadgeSummary;

/** Renders a batch of badges in the background, reporting its progress to {@link BadgeJobs}. */
@Stateless
public class BadgeBatchRunner {

    private static final Logger LOG = Logger.getLogger(BadgeBatchRunner.class.getName());

    @Inject
    private BadgeJobs jobs;

    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId, List<BadgeSummary> badges, EventSummary event, BadgeFormat format) {
        try {
            byte[] pdf = BadgePdf.render(badges, event, format, done -> {
                if (done % 25 == 0 || done == badges.size()) {
                    jobs.progress(jobId, done);
                }
            });
            jobs.finished(jobId, pdf);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Badge batch " + jobId + " failed", e);
            jobs.failed(jobId, e.getClass().getSimpleName());
        }
    }
}
