package vn.wtcexpo.web.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.insight.application.ShowReports;
import vn.wtcexpo.insight.model.ShowReport;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.DomainErrors;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.support.Retried;

/**
 * The post-show report on a page, in the reader's language: the organizer's whole report ({@code /organizer/report}),
 * or an exhibitor's own page of it ({@code /exhibitor/report}); both offer the PDF and the workbook. Worked out once
 * per request: the page has nothing to post back.
 */
@Named
@RequestScoped
@Retried
public class ReportView {

    /** A table as the page shows it: an id, its title, its columns, its rows of cells (text, and whether a figure). */
    public record PageTable(String id, String title, List<String> columns, List<List<PageCell>> rows, String emptyText) {
    }

    public record PageCell(String text, boolean figure) {
    }

    @Inject
    private ShowReports reports;

    @Inject
    private EventService events;

    @Inject
    private LanguageView lang;

    private String eventId;
    private boolean mine;
    private EventSummary event;
    private String refusal;
    private Instant asOf;
    private boolean over;
    private String company;
    private List<PageTable> tables = List.of();

    /** The organizer's report. */
    public void load() {
        load(false);
    }

    /** The calling exhibitor's page. */
    public void loadMine() {
        load(true);
    }

    private void load(boolean own) {
        mine = own;
        try {
            event = events.event(eventId);
            if (!own && !events.mayManage(eventId)) {
                event = null;
                return;
            }
            List<ReportTables.Table> raw;
            if (own) {
                ShowReport.ExhibitorPage page = reports.myPage(eventId);
                asOf = page.asOf();
                over = page.over();
                company = page.company();
                raw = ReportTables.of(page);
            } else {
                ShowReport report = reports.report(eventId);
                asOf = report.asOf();
                over = report.over();
                raw = ReportTables.of(report);
            }
            tables = page(raw);
        } catch (RuntimeException e) {
            DomainException refused = DomainErrors.find(e);
            if (refused != null && "REPORT_BEFORE_SHOW".equals(refused.code())) {
                refusal = refused.code();
            } else if (refused != null || e instanceof jakarta.ejb.EJBAccessException) {
                event = null;
            } else {
                throw e;
            }
        }
    }

    private List<PageTable> page(List<ReportTables.Table> raw) {
        List<PageTable> out = new ArrayList<>();
        for (ReportTables.Table t : raw) {
            List<String> columns = t.columns().stream().map(k -> ReportCells.column(k, lang.getLocale())).toList();
            List<List<PageCell>> rows = new ArrayList<>();
            for (List<ReportTables.Cell> row : t.rows()) {
                List<PageCell> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    ReportTables.Cell cell = row.get(c);
                    cells.add(new PageCell(ReportCells.text(cell, lang.getLocale()), ReportCells.figure(cell, c)));
                }
                rows.add(cells);
            }
            out.add(new PageTable(t.sheetKey().substring(t.sheetKey().lastIndexOf('.') + 1), ReportCells.column(t.titleKey(),
                    lang.getLocale()), columns, rows, ReportCells.column(t.emptyKey(), lang.getLocale())));
        }
        return out;
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public boolean isMine() { return mine; }
    public EventSummary getEvent() { return event; }
    public String getRefusal() { return refusal; }
    public Instant getAsOf() { return asOf; }
    public boolean isOver() { return over; }
    public String getCompany() { return company; }
    public List<PageTable> getTables() { return tables; }
}
