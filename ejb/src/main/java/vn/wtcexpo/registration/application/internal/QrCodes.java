package vn.wtcexpo.registration.application.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes of badge codes, with ZXing. Error correction Q (a quarter of the code may be lost: a creased or
 * smudged print, a scratched phone screen, glare) and the standard quiet zone of 4 modules. A code of
 * 140 characters makes a version-8 symbol (49 × 49 modules).
 */
public final class QrCodes {

    public static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.Q;
    public static final int QUIET_ZONE = 4;
    /** Pixels per module of the PNG: sharp on phone screens and in e-mails without scaling blur. */
    public static final int PIXELS_PER_MODULE = 8;

    private QrCodes() {
    }

    /** The modules of the symbol, without the quiet zone: {@code [row][column]}, true for dark. */
    public static boolean[][] modules(String text) {
        try {
            QRCode code = Encoder.encode(text, LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"));
            ByteMatrix m = code.getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** A PNG of the code: black on white, {@link #PIXELS_PER_MODULE} pixels a module, with the quiet zone. */
    public static byte[] png(String text) {
        boolean[][] dark = modules(text);
        int size = (dark.length + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        java.awt.image.WritableRaster raster = image.getRaster();
        int[] line = new int[size];
        for (int row = -QUIET_ZONE; row < dark.length + QUIET_ZONE; row++) {
            java.util.Arrays.fill(line, 1);
            if (row >= 0 && row < dark.length) {
                for (int col = 0; col < dark.length; col++) {
                    if (dark[row][col]) {
                        java.util.Arrays.fill(line, (col + QUIET_ZONE) * PIXELS_PER_MODULE,
                                (col + QUIET_ZONE + 1) * PIXELS_PER_MODULE, 0);
                    }
                }
            }
            int y = (row + QUIET_ZONE) * PIXELS_PER_MODULE;
            for (int k = 0; k < PIXELS_PER_MODULE; k++) {
                raster.setPixels(0, y + k, size, 1, line);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
