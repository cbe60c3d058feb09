package vn.wtcexpo.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Text documents with an embedded font that has every Vietnamese letter. */
class PdfPageTest {

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void vietnameseText_readsBackAsWritten() throws IOException {
        try (PdfPage page = new PdfPage(PDRectangle.A4, "Thử")) {
            page.text("Hội chợ Gỗ & Nội thất – 1.000.000 ₫", 40, 40, 12, false);
            assertTrue(textOf(page.toBytes()).contains("Hội chợ Gỗ & Nội thất – 1.000.000 ₫"));
        }
    }

    @Test
    void fi_isTwoLetters_notALigature() throws IOException {
        try (PdfPage page = new PdfPage(PDRectangle.A4, "fi")) {
            page.text("office file", 40, 40, 12, true);
            assertTrue(textOf(page.toBytes()).contains("office file"));
        }
    }

    @Test
    void aLongLine_wrapsWithinItsWidth_atSpaces() {
        try (PdfPage page = new PdfPage(PDRectangle.A4, "wrap")) {
            List<String> lines = page.wrap("một hai ba bốn năm sáu bảy tám chín mười", 60, 10, false);
            assertTrue(lines.size() > 1);
            lines.forEach(l -> assertTrue(page.width(l, 10, false) <= 60, l));
            assertEquals("một hai ba bốn năm sáu bảy tám chín mười", String.join(" ", lines));
        }
    }

    @Test
    void aNewPage_isAnotherPage() throws IOException {
        try (PdfPage page = new PdfPage(PDRectangle.A6, "pages")) {
            page.text("1", 10, 10, 10, false);
            page.newPage();
            page.text("2", 10, 10, 10, false);
            try (PDDocument doc = Loader.loadPDF(page.toBytes())) {
                assertEquals(2, doc.getNumberOfPages());
            }
        }
    }

    @Test
    void aTitle_isTheDocumentsTitle() throws IOException {
        try (PdfPage page = new PdfPage(PDRectangle.A4, "Yêu cầu thanh toán")) {
            try (PDDocument doc = Loader.loadPDF(page.toBytes())) {
                assertEquals("Yêu cầu thanh toán", doc.getDocumentInformation().getTitle());
            }
        }
    }
}
