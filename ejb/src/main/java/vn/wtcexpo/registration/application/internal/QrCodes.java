package vn.wtcexpo.registration.application.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * QR codes of badge codes, with ZXing. Error correction Q (a quarter of the code may be lost: a creased or
 * smudged print, a scratched phone screen, glare) and the standard quiet zone of 4 modules. A code of
 * 139 characters makes a version-8 symbol (49 × 49 modules).
 */
public final class QrCodes {

    public static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.Q;
    public static final int QUIET_ZONE = 4;
    /** Pixels per module of the PNG: sharp on phone screens and in e-mails without scaling blur. */
    public static final int PIXELS_PER_MODULE = 8;

    /** The symbols made last (a badge's PNG and PDF are usually asked for together). */
    private static final Map<String, boolean[][]> RECENT = new ConcurrentHashMap<>();
    private static final int RECENT_MAX = 2048;

    private QrCodes() {
    }

    /** The modules of the symbol, without the quiet zone: {@code [row][column]}, true for dark. Do not change it. */
    public static boolean[][] modules(String text) {
        boolean[][] known = RECENT.get(text);
        if (known != null) {
            return known;
        }
        QRCode withMask0 = encode(text, 0);
        boolean[][] dark = withMask0.getMatrix().getWidth() <= QrMasks.MAX_MODULES ? QrMasks.best(withMask0)
                : modules(encode(text, -1));
        if (RECENT.size() >= RECENT_MAX) {
            RECENT.clear();
        }
        RECENT.put(text, dark);
        return dark;
    }

    /** ZXing's symbol of the text with the given mask pattern (-1: ZXing chooses, trying all eight). */
    static QRCode encode(String text, int mask) {
        try {
            return Encoder.encode(text, LEVEL, mask < 0 ? Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1")
                    : Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1", EncodeHintType.QR_MASK_PATTERN, mask));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /**
     * A PNG of the code: black on white, {@link #PIXELS_PER_MODULE} pixels a module, with the quiet zone; a
     * 1-bit greyscale image written directly (about 1 KB).
     */
    public static byte[] png(String text) {
        boolean[][] dark = modules(text);
        int size = (dark.length + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
        int rowBytes = (size + 7) / 8;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_SPEED))) {
            byte[] line = new byte[1 + rowBytes]; // filter type 0, then the row, 1 bit a pixel, 1 = white
            for (int row = -QUIET_ZONE; row < dark.length + QUIET_ZONE; row++) {
                java.util.Arrays.fill(line, (byte) 0xff);
                line[0] = 0;
                if (row >= 0 && row < dark.length) {
                    for (int col = 0; col < dark.length; col++) {
                        if (dark[row][col]) {
                            int from = (col + QUIET_ZONE) * PIXELS_PER_MODULE;
                            for (int x = from; x < from + PIXELS_PER_MODULE; x++) {
                                line[1 + x / 8] &= (byte) ~(0x80 >>> (x % 8));
                            }
                        }
                    }
                }
                for (int k = 0; k < PIXELS_PER_MODULE; k++) {
                    z.write(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(size);
            h.writeInt(size);
            h.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter method, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static boolean[][] modules(QRCode code) {
        ByteMatrix m = code.getMatrix();
        boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark[y][x] = m.get(x, y) == 1;
            }
        }
        return dark;
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
