package vn.wtcexpo.web.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.insight.ReportTables.Cell;
import vn.wtcexpo.web.support.Spreadsheets;

/**
 * The report as a workbook: a sheet per table, headings in Vietnamese and English, figures as numbers (a small group as
 * {@code <5}, a share as a percentage, a day as {@code 2026-09-10}) so that the organizer can sort and add them up.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    public static byte[] of(EventSummary event, Instant asOf, boolean over, String company, List<ReportTables.Table> tables) {
        List<Spreadsheets.Sheet> sheets = new ArrayList<>();
        for (ReportTables.Table t : tables) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(t.columns().stream().<Object>map(ReportCells::bilingualColumn).toList());
            if (t.sheetKey().equals("report.sheet.summary")) {
                rows.add(List.of(ReportCells.bilingualColumn("report.title"), event.nameVi() + (event.nameEn().equals(event.nameVi()) ? "" : " / " + event.nameEn())));
                if (company != null) {
                    rows.add(List.of(ReportCells.bilingualColumn("report.company"), company));
                }
                rows.add(List.of(ReportCells.bilingualColumn("report.showDays"), event.firstDay() + " – " + event.lastDay()));
                rows.add(List.of(ReportCells.bilingualColumn("report.asOf"), Formats.dateTime(asOf, Texts.VI)
                        + (over ? "" : " (" + Texts.text(Texts.VI, "report.notOver") + " / " + Texts.text(Texts.EN, "report.notOver") + ")")));
            }
            for (List<Cell> row : t.rows()) {
                rows.add(row.stream().map(ReportWorkbook::value).toList());
            }
            String sheet = Texts.text(Texts.VI, t.sheetKey()) + " - " + Texts.text(Texts.EN, t.sheetKey());
            sheets.add(new Spreadsheets.Sheet(sheet, rows));
        }
        return Spreadsheets.xlsx(sheets);
    }

    private static Object value(Cell cell) {
        if (cell instanceof ReportTables.People p) {
            return p.count() == null ? Texts.text(Texts.EN, "report.fewerShort") : p.count();
        } else if (cell instanceof ReportTables.Share s) {
            return s.percent() == null ? null : new Spreadsheets.Percent(s.percent() / 100);
        } else if (cell instanceof ReportTables.Day d) {
            return d.day().toString();
        } else if (cell instanceof ReportTables.Area a) {
            return a.sqm();
        } else if (cell instanceof ReportTables.Minutes m) {
            return m.minutes();
        } else if (cell instanceof ReportTables.Label) {
            return ReportCells.bilingual(cell);
        }
        String text = ReportCells.text(cell, Texts.VI);
        return text.equals(ReportCells.NONE) ? null : text;
    }
}
