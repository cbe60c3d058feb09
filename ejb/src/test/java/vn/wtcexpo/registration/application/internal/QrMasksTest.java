package vn.wtcexpo.registration.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QrMasksTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    private static boolean[][] zxingsChoice(String text) throws Exception {
        ByteMatrix m = Encoder.encode(text, QrCodes.LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1")).getMatrix();
        boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                dark[y][x] = m.get(x, y) == 1;
            }
        }
        return dark;
    }

    private static String random(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    @Test
    void badgeCodesGetTheSymbolZxingChoosesAmongAllEightMasks() throws Exception {
        Random random = new Random(18004);
        Set<Boolean> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            String text = random(random, 139);
            boolean[][] ours = QrMasks.best(QrCodes.encode(text, 0));
            boolean[][] theirs = zxingsChoice(text);
            for (int row = 0; row < theirs.length; row++) {
                assertArrayEquals(theirs[row], ours[row], "row " + row + " of " + text);
            }
            seen.add(ours[8][2]); // a format information module: differs between masks
        }
        assertTrue(seen.size() == 2, "more than one mask was chosen over 400 codes");
    }

    @Test
    void everyVersionFromSmallToLargeMatchesToo() throws Exception {
        // up to version 11 chosen here from one encoding, larger ones by ZXing's own search
        Random random = new Random(7);
        for (int length = 1; length <= 1600; length += 37) {
            String text = random(random, length);
            boolean[][] ours = QrCodes.modules(text);
            boolean[][] theirs = zxingsChoice(text);
            for (int row = 0; row < theirs.length; row++) {
                assertArrayEquals(theirs[row], ours[row], "row " + row + " of a text of " + length);
            }
        }
    }
}
