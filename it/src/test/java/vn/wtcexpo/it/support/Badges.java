package vn.wtcexpo.it.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a gate or a visitor does with a badge, done independently of the application's own code. */
public final class Badges {

    private Badges() {
    }

    /** A visitor registration body. */
    public static String visitor(String name, String email) {
        return """
                {"fullName": "%s", "email": "%s", "company": "Công ty TNHH Gỗ Bình Dương", "phone": "0912 345 678",
                 "locale": "vi", "shareWithExhibitors": true, "interests": ["FURNITURE"]}
                """.formatted(name.replace("\\", "\\\\").replace("\"", "\\\""), email);
    }

    /** Registers a visitor anonymously; returns the badge. */
    public static JsonObject register(String eventId, String name, String email) {
        Api.Reply r = Api.anonymous().post("/api/events/" + eventId + "/registrations", visitor(name, email));
        if (r.status() != 201) {
            throw new AssertionError("registration: " + r);
        }
        return r.json();
    }

    /** Decodes a QR PNG with ZXing (pure-barcode mode, for a generated image). */
    public static String zxing(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /** Decodes a QR PNG with zbar (an independent decoder), or null when zbarimg is not installed. */
    public static String zbar(byte[] png) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/zbarimg"))) {
            return null;
        }
        Path file = Files.createTempFile("badge", ".png");
        try {
            Files.write(file, png);
            Process p = new ProcessBuilder("/usr/bin/zbarimg", "--quiet", "--raw", file.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8).strip();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The text of a PDF. */
    public static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Verifies a badge code with an event's published key, as an offline gate does (format of docs/BADGE-CODE.md). */
    public static boolean verifies(String code, String publicKeyBase64) throws Exception {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (bytes.length < 5 || bytes[0] != 1) {
            return false;
        }
        int payload = ((bytes[1] & 0xff) << 8) | (bytes[2] & 0xff);
        int sig = ((bytes[3] & 0xff) << 8) | (bytes[4] & 0xff);
        if (bytes.length != 5 + payload + sig) {
            return false;
        }
        byte[] signed = new byte[1 + payload];
        signed[0] = bytes[0];
        System.arraycopy(bytes, 5, signed, 1, payload);
        PublicKey key = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(signed);
        return s.verify(Arrays.copyOfRange(bytes, 5 + payload, bytes.length));
    }
}
