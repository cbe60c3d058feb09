package vn.wtcexpo.registration.application.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.infrastructure.documents.PdfPage;

/**
 * Printable badges, one per page: the event, a colour band with the badge type (in both languages), the
 * holder's name and company, the QR code (drawn as vector squares with its quiet zone), the days and halls it
 * admits. Names are data: drawn as text, never interpreted. Labels in the holder's language.
 */
public final class BadgePdf {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private BadgePdf() {
    }

    /** The colour band of each badge type (RGB), dark enough for white text. */
    static int[] colour(BadgeKind kind) {
        return switch (kind) {
            case VISITOR -> new int[] {29, 78, 216};
            case EXHIBITOR_STAFF -> new int[] {21, 128, 61};
            case ORGANIZER_STAFF -> new int[] {185, 28, 28};
            case PRESS -> new int[] {194, 65, 12};
            case VIP -> new int[] {17, 24, 39};
            case CONTRACTOR -> new int[] {109, 40, 217};
        };
    }

    public static byte[] render(List<BadgeSummary> badges, EventSummary event, BadgeFormat format, IntConsumer progress) {
        PDRectangle size = new PDRectangle(format.widthMm() * PdfPage.MM, format.heightMm() * PdfPage.MM);
        String title = badges.size() == 1 ? badges.get(0).fullName() + " · " + event.nameVi() : event.nameVi();
        try (PdfPage pdf = new PdfPage(size, title)) {
            int done = 0;
            for (BadgeSummary b : badges) {
                if (done > 0) {
                    pdf.newPage();
                }
                draw(pdf, b, event, format);
                done++;
                if (progress != null) {
                    progress.accept(done);
                }
            }
            return pdf.toBytes();
        }
    }

    private static void draw(PdfPage pdf, BadgeSummary b, EventSummary event, BadgeFormat format) {
        Locale locale = "en".equals(b.locale()) ? Locale.ENGLISH : VI;
        ResourceBundle texts = BadgeMailer.bundle(locale);
        boolean small = format == BadgeFormat.LABEL;
        float w = pdf.width();
        float margin = (small ? 5 : 7) * PdfPage.MM;
        float inner = w - 2 * margin;
        float y = margin;

        // the event
        String eventName = event.name(locale);
        List<String> lines = pdf.wrap(eventName, inner, small ? 9 : 11, true);
        for (String line : lines.subList(0, Math.min(2, lines.size()))) {
            pdf.text(line, margin, y, small ? 9 : 11, true);
            y += (small ? 9 : 11) * 1.3f;
        }
        pdf.text(Formats.days(event.firstDay(), event.lastDay(), locale) + " · WTC Expo Bình Dương", margin, y, small ? 6.5f : 7.5f, false);
        y += (small ? 6.5f : 7.5f) * 1.5f;

        // the badge type as a colour band
        int[] c = colour(b.kind());
        float band = (small ? 9 : 11) * PdfPage.MM;
        pdf.band(0, y, w, band, c[0], c[1], c[2]);
        String vi = BadgeMailer.bundle(VI).getString("badge.kind." + b.kind().name());
        String en = BadgeMailer.bundle(Locale.ENGLISH).getString("badge.kind." + b.kind().name());
        String kindLabel = vi.equals(en) ? vi : vi + " · " + en;
        float kindSize = small ? 10 : 12;
        while (pdf.width(kindLabel, kindSize, true) > inner && kindSize > 6) {
            kindSize -= 0.5f;
        }
        pdf.color(255, 255, 255);
        pdf.text(kindLabel, (w - pdf.width(kindLabel, kindSize, true)) / 2, y + (band - kindSize) / 2, kindSize, true);
        pdf.color(0, 0, 0);
        y += band + (small ? 3 : 5) * PdfPage.MM;

        // the holder
        float nameSize = small ? 15 : 18;
        List<String> nameLines = pdf.wrap(b.fullName(), inner, nameSize, true);
        while (nameLines.size() > 2 && nameSize > 10) {
            nameSize -= 1;
            nameLines = pdf.wrap(b.fullName(), inner, nameSize, true);
        }
        for (String line : nameLines.subList(0, Math.min(3, nameLines.size()))) {
            pdf.text(line, (w - pdf.width(line, nameSize, true)) / 2, y, nameSize, true);
            y += nameSize * 1.25f;
        }
        if (b.company() != null) {
            float companySize = small ? 9.5f : 11;
            for (String line : pdf.wrap(b.company(), inner, companySize, false).stream().limit(2).toList()) {
                pdf.text(line, (w - pdf.width(line, companySize, false)) / 2, y, companySize, false);
                y += companySize * 1.3f;
            }
        }
        if (b.jobTitle() != null) {
            float jobSize = small ? 8 : 9;
            String job = pdf.wrap(b.jobTitle(), inner, jobSize, false).get(0);
            pdf.text(job, (w - pdf.width(job, jobSize, false)) / 2, y, jobSize, false);
            y += jobSize * 1.3f;
        }

        // the QR code, as large as the rest leaves room for, within 30..50 mm
        float footer = (small ? 17 : 21) * PdfPage.MM;
        boolean[][] modules = QrCodes.modules(b.code());
        int withQuiet = modules.length + 2 * QrCodes.QUIET_ZONE;
        float room = pdf.height() - margin - footer - y;
        float qr = Math.max(30 * PdfPage.MM, Math.min(Math.min(room, inner), 50 * PdfPage.MM));
        float module = qr / withQuiet;
        float qrX = (w - qr) / 2;
        pdf.modules(modules, qrX + QrCodes.QUIET_ZONE * module, y + QrCodes.QUIET_ZONE * module, module);
        y += qr + 1 * PdfPage.MM;

        // where and when it admits
        float infoSize = small ? 7 : 8;
        String days = Formats.dayRuns(b.days(), locale);
        y += pdf.paragraph(texts.getString("badge.days") + ": " + days, margin, y, inner, infoSize, false);
        y += pdf.paragraph(texts.getString("badge.halls") + ": " + String.join(", ", b.halls()), margin, y, inner, infoSize, false);
        pdf.paragraph(texts.getString("badge.personal"), margin, Math.max(y + 2, pdf.height() - margin - 2 * infoSize * 1.35f),
                inner, small ? 5.5f : 6.5f, false);
    }

}
