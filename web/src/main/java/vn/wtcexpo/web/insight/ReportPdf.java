package vn.wtcexpo.web.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.infrastructure.documents.PdfPage;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.insight.ReportTables.Cell;

/**
 * The report as an A4 PDF in Vietnamese and English: every heading in Vietnamese with its English under or after it,
 * figures as Vietnamese writes them, the definitions it counts by at the end.
 */
public final class ReportPdf {

    private static final float LEFT = 18 * PdfPage.MM;
    private static final float TOP = 18 * PdfPage.MM;
    private static final float BOTTOM = 15 * PdfPage.MM;
    private static final float CELL = 9;
    private static final float LINE = CELL * 1.35f;

    private ReportPdf() {
    }

    /**
     * @param company      the exhibitor whose page this is, or null for the organizer's report
     * @param definitions  the bundle keys of the definitions to print at the end
     */
    public static byte[] of(EventSummary event, Instant asOf, boolean over, String titleKey, String company,
                            List<ReportTables.Table> tables, List<String> definitions) {
        String title = Texts.text(Texts.VI, titleKey) + " / " + Texts.text(Texts.EN, titleKey);
        try (PdfPage pdf = new PdfPage(PDRectangle.A4, title + " – " + event.nameVi())) {
            float right = pdf.width() - LEFT;
            pdf.band(0, 0, pdf.width(), 9 * PdfPage.MM, 11, 61, 145);
            float y = 14 * PdfPage.MM;
            pdf.text(Texts.text(Texts.VI, "report.venue"), LEFT, y, 9, true);
            pdf.textRight(title, right, y, 9, false);
            y += 9 * PdfPage.MM;
            y += pdf.paragraph(event.nameVi(), LEFT, y, right - LEFT, 17, true);
            if (!event.nameEn().equals(event.nameVi())) {
                y += pdf.paragraph(event.nameEn(), LEFT, y, right - LEFT, 12, false);
            }
            if (company != null) {
                y += 2;
                y += pdf.paragraph(company, LEFT, y, right - LEFT, 12, true);
            }
            y += 4;
            pdf.text(ReportCells.bilingualColumn("report.showDays") + ": " + clean(Formats.days(event.firstDay(), event.lastDay(), Texts.VI)), LEFT, y, 10, false);
            y += 14;
            pdf.text(ReportCells.bilingualColumn("report.asOf") + ": " + clean(Formats.dateTime(asOf, Texts.VI)), LEFT, y, 10, false);
            y += 14;
            if (!over) {
                pdf.color(176, 0, 32);
                y += pdf.paragraph(ReportCells.bilingualColumn("report.notOver"), LEFT, y, right - LEFT, 10, true);
                pdf.color(0, 0, 0);
            }
            y += 8;
            for (ReportTables.Table t : tables) {
                y = table(pdf, t, y, right);
            }
            y = room(pdf, y, 60);
            y += 6;
            pdf.text(ReportCells.bilingualColumn("report.definitions"), LEFT, y, 12, true);
            y += 18;
            for (String key : definitions) {
                for (java.util.Locale l : List.of(Texts.VI, Texts.EN)) {
                    List<String> lines = pdf.wrap(Texts.text(l, key), right - LEFT, 8.5f, false);
                    y = room(pdf, y, lines.size() * 11.5f);
                    pdf.color(l == Texts.VI ? 0 : 90, l == Texts.VI ? 0 : 90, l == Texts.VI ? 0 : 90);
                    y += pdf.paragraph(Texts.text(l, key), LEFT, y, right - LEFT, 8.5f, false);
                }
                pdf.color(0, 0, 0);
                y += 5;
            }
            return pdf.toBytes();
        }
    }

    private static float table(PdfPage pdf, ReportTables.Table t, float y, float right) {
        float[] widths = widths(t.columns().size(), right - LEFT);
        y = room(pdf, y, 70);
        y += 6;
        y += pdf.paragraph(ReportCells.bilingualColumn(t.titleKey()), LEFT, y, right - LEFT, 12, true) + 2;
        if (t.rows().isEmpty()) {
            pdf.color(90, 90, 90);
            y += pdf.paragraph(ReportCells.bilingualColumn(t.emptyKey()), LEFT, y, right - LEFT, CELL, false);
            pdf.color(0, 0, 0);
            return y + 6;
        }
        y = heading(pdf, t, widths, y, right);
        for (List<Cell> row : t.rows()) {
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int c = 0; c < row.size(); c++) {
                List<String> l = pdf.wrap(clean(ReportCells.bilingual(row.get(c))), widths[c] - 6, CELL, false);
                lines.add(l);
                most = Math.max(most, l.size());
            }
            float height = most * LINE + 4;
            if (y + height > pdf.height() - BOTTOM) {
                pdf.newPage();
                y = heading(pdf, t, widths, TOP, right);
            }
            float x = LEFT;
            for (int c = 0; c < row.size(); c++) {
                boolean figure = ReportCells.figure(row.get(c), c);
                float ly = y + 2;
                for (String line : lines.get(c)) {
                    if (figure) {
                        pdf.textRight(line, x + widths[c] - 3, ly, CELL, false);
                    } else {
                        pdf.text(line, x + 3, ly, CELL, false);
                    }
                    ly += LINE;
                }
                x += widths[c];
            }
            y += height;
            pdf.rule(LEFT, right, y, 0.2f);
        }
        return y + 10;
    }

    /** The columns' headings, Vietnamese in bold over English, on a light band. */
    private static float heading(PdfPage pdf, ReportTables.Table t, float[] widths, float y, float right) {
        List<List<String>> vi = new ArrayList<>();
        List<List<String>> en = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            String v = ReportCells.column(t.columns().get(c), Texts.VI);
            String e = ReportCells.column(t.columns().get(c), Texts.EN);
            vi.add(pdf.wrap(v, widths[c] - 6, 8, true));
            en.add(v.equals(e) ? List.of() : pdf.wrap(e, widths[c] - 6, 8, false));
            most = Math.max(most, vi.get(c).size() + en.get(c).size());
        }
        float height = most * 10.5f + 6;
        pdf.band(LEFT, y, right - LEFT, height, 236, 241, 248);
        float x = LEFT;
        for (int c = 0; c < widths.length; c++) {
            float ly = y + 3;
            for (String line : vi.get(c)) {
                pdf.text(line, x + 3, ly, 8, true);
                ly += 10.5f;
            }
            pdf.color(70, 70, 70);
            for (String line : en.get(c)) {
                pdf.text(line, x + 3, ly, 8, false);
                ly += 10.5f;
            }
            pdf.color(0, 0, 0);
            x += widths[c];
        }
        return y + height + 2;
    }

    /** The first column (what a row is about) twice as wide as each figure's. */
    private static float[] widths(int columns, float total) {
        float[] w = new float[columns];
        float unit = total / (columns + 1);
        for (int c = 0; c < columns; c++) {
            w[c] = c == 0 ? 2 * unit : unit;
        }
        return w;
    }

    private static float room(PdfPage pdf, float y, float needed) {
        if (y + needed > pdf.height() - BOTTOM) {
            pdf.newPage();
            return TOP;
        }
        return y;
    }

    /** The font has no no-break space: a plain one. */
    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
