package vn.wtcexpo.infrastructure.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** A few parsed copies of one font (a parsed font reads its file as it subsets: one document at a time). */
final class FontPool {

    private static final int KEEP = 8;
    private final byte[] bytes;
    private final BlockingQueue<TrueTypeFont> idle = new ArrayBlockingQueue<>(KEEP);

    FontPool(String resource) {
        try (InputStream in = PdfPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing: " + resource);
            }
            this.bytes = withoutLigatures(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TrueTypeFont borrow() {
        TrueTypeFont font = idle.poll();
        if (font != null) {
            return font;
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void giveBack(TrueTypeFont font) {
        if (!idle.offer(font)) {
            try {
                font.close();
            } catch (IOException e) {
                // a font in memory: nothing to release
            }
        }
    }

    /**
     * Hides the font's glyph substitution table (its tag becomes {@code XSUB}): PDFBox would otherwise draw
     * "fi" as the ligature ﬁ, which text extraction and search then read as one strange letter. The
     * embedded subset never carries the table either way.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'X';
            }
        }
        return ttf;
    }
}
