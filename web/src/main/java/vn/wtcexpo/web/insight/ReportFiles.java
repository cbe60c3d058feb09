package vn.wtcexpo.web.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.insight.application.ShowReports;
import vn.wtcexpo.insight.model.ShowReport;
import vn.wtcexpo.shared.DomainException;

/**
 * The post-show report as files, for the API and the pages alike: the organizer's whole report, or with
 * {@code exhibitor=me} the calling exhibitor's own page (any other value is 400 EXHIBITOR_ME_ONLY).
 */
@ApplicationScoped
public class ReportFiles {

    public static final String PDF = "application/pdf";

    private static final List<String> DEFINITIONS = List.of("report.definition.visitors", "report.definition.space",
            "report.definition.stay", "report.definition.small");

    @Inject
    private ShowReports reports;

    @Inject
    private EventService events;

    /** Whether the request asks for the caller's own page: {@code exhibitor} absent, or {@code me}. */
    public static boolean ownPage(String exhibitor) {
        if (exhibitor == null || exhibitor.isBlank()) {
            return false;
        }
        if (!exhibitor.strip().equals("me")) {
            throw DomainException.invalid("exhibitor", "EXHIBITOR_ME_ONLY");
        }
        return true;
    }

    public byte[] pdf(String eventId, boolean ownPage) {
        if (ownPage) {
            ShowReport.ExhibitorPage page = reports.myPage(eventId);
            return ReportPdf.of(event(eventId), page.asOf(), page.over(), "report.exhibitorTitle", page.company(),
                    ReportTables.of(page), List.of("report.definition.small"));
        }
        ShowReport report = reports.report(eventId);
        return ReportPdf.of(event(eventId), report.asOf(), report.over(), "report.title", null, ReportTables.of(report),
                DEFINITIONS);
    }

    public byte[] xlsx(String eventId, boolean ownPage) {
        if (ownPage) {
            ShowReport.ExhibitorPage page = reports.myPage(eventId);
            return ReportWorkbook.of(event(eventId), page.asOf(), page.over(), page.company(), ReportTables.of(page));
        }
        ShowReport report = reports.report(eventId);
        return ReportWorkbook.of(event(eventId), report.asOf(), report.over(), null, ReportTables.of(report));
    }

    /** The file's name: {@code report-<event>.pdf}, the event's id being safe in a header. */
    public static String fileName(String eventId, boolean ownPage, String extension) {
        String id = eventId == null ? "" : eventId.replaceAll("[^A-Za-z0-9-]", "");
        return (ownPage ? "exhibitor-report-" : "report-") + id + "." + extension;
    }

    private EventSummary event(String eventId) {
        return events.event(eventId);
    }
}
