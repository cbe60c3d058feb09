package vn.wtcexpo.web.insight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.insight.ReportTables.Cell;

/** How a report's cell and column read: in one language (the page, the workbook), or in both (the PDF). */
final class ReportCells {

    /** Where a share is not shown. */
    static final String NONE = "–";

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.VIETNAM);

    private ReportCells() {
    }

    static String text(Cell cell, Locale locale) {
        if (cell instanceof ReportTables.Label l) {
            return Texts.text(locale, l.key());
        } else if (cell instanceof ReportTables.People p) {
            return p.count() == null ? Texts.text(locale, "report.fewer") : Formats.number(p.count(), locale);
        } else if (cell instanceof ReportTables.Share s) {
            return s.percent() == null ? NONE : Formats.percent(s.percent(), locale);
        } else if (cell instanceof ReportTables.Day d) {
            return Formats.date(d.day(), locale);
        } else if (cell instanceof ReportTables.Time t) {
            return t.at() == null ? NONE : HH_MM.format(t.at());
        } else if (cell instanceof ReportTables.Area a) {
            return Texts.text(locale, "report.sqm", Formats.decimal(a.sqm(), locale));
        } else if (cell instanceof ReportTables.Minutes m) {
            return m.minutes() == null ? NONE : Texts.text(locale, "report.minutes", m.minutes());
        } else if (cell instanceof ReportTables.Hour h) {
            return h.hour() == null ? NONE : String.format(Locale.ROOT, "%02d:00", h.hour());
        }
        String text = ((ReportTables.Plain) cell).text();
        return text == null ? "" : text;
    }

    /** Vietnamese first, then English where the words differ ({@code Khách / Visitor}); figures as Vietnamese writes them. */
    static String bilingual(Cell cell) {
        String vi = text(cell, Texts.VI);
        if (cell instanceof ReportTables.Label || cell instanceof ReportTables.People p && p.count() == null
                || cell instanceof ReportTables.Minutes m && m.minutes() != null) {
            String en = text(cell, Texts.EN);
            return vi.equals(en) ? vi : vi + " / " + en;
        }
        return vi;
    }

    /** A column's heading in both languages, Vietnamese first ({@code Ngày / Day}), once where they are the same. */
    static String bilingualColumn(String key) {
        String vi = column(key, Texts.VI);
        String en = column(key, Texts.EN);
        return vi.equals(en) ? vi : vi + " / " + en;
    }

    /** Whether a cell in column {@code c} is a figure (aligned right): not the row's first cell, nor a text. */
    static boolean figure(Cell cell, int c) {
        return c > 0 && !(cell instanceof ReportTables.Plain) && !(cell instanceof ReportTables.Label);
    }

    /** A column's heading: a bundle key, or {@code day:} and a date. */
    static String column(String key, Locale locale) {
        if (key.startsWith("day:")) {
            return Formats.date(LocalDate.parse(key.substring(4)), locale);
        }
        return Texts.text(locale, key);
    }
}
