package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.registration.application.BadgeDocuments;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.application.BadgeJob;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.application.BadgeService;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

/** Badges as PNG and PDF, checked as the registration service checks who may see a badge. */
@Stateless
public class DefaultBadgeDocuments implements BadgeDocuments {

    @Inject
    private BadgeService registrations;

    @Inject
    private EventService events;

    @Inject
    private BadgeJobs jobs;

    @Inject
    private BadgeBatchRunner runner;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public byte[] qrPng(String badgeId, String key) {
        return QrCodes.png(find(badgeId, key).code());
    }

    @Override
    @PermitAll
    public byte[] pdf(String badgeId, String key, BadgeFormat format) {
        BadgeSummary badge = find(badgeId, key);
        return BadgePdf.render(List.of(badge), events.known(badge.eventId()), format, null);
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public byte[] myStaffPdf(String eventId, BadgeFormat format) {
        List<BadgeSummary> staff = registrations.myStaffBadges(eventId).stream().filter(BadgeSummary::active).toList();
        if (staff.isEmpty()) {
            throw DomainException.notFound("BADGE_NOT_FOUND");
        }
        return BadgePdf.render(staff, events.known(eventId), format, null);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BadgeJob startBatch(String eventId, BadgeKind kind, BadgeFormat format) {
        List<BadgeSummary> badges = registrations.badges(eventId, kind).stream().filter(BadgeSummary::active).toList();
        if (badges.isEmpty()) {
            throw DomainException.conflict("BADGE_BATCH_EMPTY");
        }
        EventSummary event = events.known(eventId);
        BadgeJob job = jobs.start(eventId, Callers.name(context), badges.size());
        runner.run(job.id(), badges, event, format == null ? BadgeFormat.A6 : format);
        return job;
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BadgeJob job(String jobId) {
        BadgeJob job = jobs.job(jobId);
        if (job == null || !job.owner().equals(Callers.name(context))
                && !Callers.isIn(context, Roles.VENUE_ADMIN)) {
            throw DomainException.notFound("BADGE_JOB_NOT_FOUND");
        }
        return job;
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public byte[] jobPdf(String jobId) {
        BadgeJob job = job(jobId);
        if (!job.ready()) {
            throw DomainException.conflict("BADGE_JOB_NOT_READY");
        }
        byte[] pdf = jobs.file(jobId);
        if (pdf == null) {
            throw DomainException.notFound("BADGE_JOB_NOT_FOUND");
        }
        return pdf;
    }

    private BadgeSummary find(String badgeId, String key) {
        BadgeSummary b = key == null ? registrations.badge(badgeId) : registrations.badgeWithKey(badgeId, key);
        if (!b.active()) {
            throw DomainException.conflict("BADGE_REVOKED");
        }
        return b;
    }
}
