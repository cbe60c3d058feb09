package vn.wtcexpo.registration.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.registration.application.BadgeFormat;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.model.BadgeCode;
import vn.wtcexpo.registration.model.BadgeStatus;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.shared.BadgeKind;

class BadgeRenderingTest {

    private static final UUID EVENT = UUID.randomUUID();

    private static String code(int serial) throws Exception {
        PrivateKey key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        byte[] secret = new byte[16];
        new java.security.SecureRandom().nextBytes(secret);
        return BadgeCode.sign(EVENT, secret, serial, BadgeKind.VISITOR, key);
    }

    private static BadgeSummary badge(String name, String code) {
        return new BadgeSummary("b1", EVENT.toString(), BadgeKind.VISITOR, code, 1, name, "Công ty TNHH Gỗ Đức Thành",
                "Giám đốc", "dao@example.vn", null, "vi", true, Set.of(), Channel.ONLINE, BadgeStatus.ACTIVE, 0, Instant.now(),
                "k", List.of(LocalDate.of(2032, 8, 10), LocalDate.of(2032, 8, 11)), List.of("A", "B"));
    }

    private static EventSummary event() {
        return new EventSummary(EVENT.toString(), "organizer", "Hội chợ Đồ gỗ Việt Nam", "Vietnam Wood Fair", null, null,
                null, Instant.parse("2032-08-10T02:00:00Z"), Instant.parse("2032-08-11T10:00:00Z"), List.of("A", "B"),
                List.of(), List.of(), List.of(), LocalDate.of(2032, 8, 9), LocalDate.of(2032, 8, 12), null, null);
    }

    static String decode(BufferedImage image, boolean pure) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, pure ? Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)
                : Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /**
     * Looks at the printed page as a scanner does, from a few distances (resolutions): ZXing's whole-image search
     * misses a clean symbol now and then at one scale (a known trait), never at all of them.
     */
    static String scan(PDDocument doc) throws Exception {
        AssertionError last = null;
        for (int dpi : new int[] {150, 200, 120, 300}) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
            try {
                return decodePage(page);
            } catch (AssertionError e) {
                last = e;
            }
            // ZXing's finder search is thrown now and then by a perfectly sharp synthetic symbol; a second,
            // independent decoder (zbar, as CI installs it) looks at the same page
            String zbar = zbar(page);
            if (zbar != null) {
                return zbar;
            }
        }
        throw last;
    }

    /** Decodes an image with zbarimg, or null when it is not installed or finds nothing. */
    static String zbar(BufferedImage image) throws Exception {
        java.nio.file.Path tool = java.nio.file.Path.of("/usr/bin/zbarimg");
        if (!java.nio.file.Files.isExecutable(tool) || System.getenv("NO_ZBAR") != null) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("page", ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
            Process p = new ProcessBuilder(tool.toString(), "--quiet", "--raw", file.toString()).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out.isEmpty() ? null : out;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** Finds and decodes the QR code on a rendered page. */
    static String decodePage(BufferedImage page) throws Exception {
        com.google.zxing.LuminanceSource source = new BufferedImageLuminanceSource(page);
        for (com.google.zxing.Binarizer binarizer : List.of(new HybridBinarizer(source),
                new com.google.zxing.common.GlobalHistogramBinarizer(source))) {
            try {
                return new com.google.zxing.MultiFormatReader().decode(new BinaryBitmap(binarizer),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                                DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE))).getText();
            } catch (com.google.zxing.NotFoundException e) {
                // try the other binarizer
            }
            try {
                com.google.zxing.Result[] found = new com.google.zxing.multi.qrcode.QRCodeMultiReader()
                        .decodeMultiple(new BinaryBitmap(binarizer), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                if (found.length > 0) {
                    return found[0].getText();
                }
            } catch (com.google.zxing.NotFoundException e) {
                // the multi-symbol finder looks differently; try the next binarizer
            }
        }
        throw new AssertionError("no QR code found on the page");
    }

    @Test
    void png_decodesToTheExactCode() throws Exception {
        for (int serial = 1; serial <= 20; serial++) {
            String code = code(serial);
            byte[] png = QrCodes.png(code);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(code, decode(image, true), "pure " + serial);

        }
    }

    @Test
    void printedQr_decodesFromThePageAsAScannerSeesIt() throws Exception {
        for (int i = 1; i <= Integer.getInteger("pages", 40); i++) {
            String code = code(i);
            byte[] pdf = BadgePdf.render(List.of(badge("Trần Văn Bình", code)), event(), i % 2 == 0 ? BadgeFormat.A6 : BadgeFormat.LABEL, null);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(code, scan(doc), "code " + i);
            }
        }
    }

    @Test
    void pdf_showsTheVietnameseNameExactly_andItsQrDecodes() throws Exception {
        String code = code(1);
        String name = "Nguyễn Thị Ánh Đào <b>&amp;</b>";
        for (BadgeFormat format : BadgeFormat.values()) {
            byte[] pdf = BadgePdf.render(List.of(badge(name, code)), event(), format, null);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // a long name wraps: compare with line breaks as spaces
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains(name), text);
                assertTrue(text.contains("Công ty TNHH Gỗ Đức Thành"), text);
                assertTrue(text.contains("KHÁCH THAM QUAN"), text);
                assertEquals(code, scan(doc), format.name());
            }
        }
    }
}
