package vn.wtcexpo.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small writer of text documents with PDFBox: pages of a given size, text in an embedded DejaVu Sans
 * (it has every Vietnamese letter and the ₫ sign), lines that wrap, rules and filled bands. Text is data:
 * it is drawn as glyphs, never interpreted; a character the font lacks is drawn as {@code ?}.
 * Coordinates are in points from the top-left corner.
 */
public final class PdfPage implements AutoCloseable {

    public static final float MM = 72f / 25.4f;

    /** Parsed fonts, lent to one document at a time: parsing DejaVu Sans costs more than drawing a badge. */
    private static final FontPool REGULAR = new FontPool("/fonts/DejaVuSans.ttf");
    private static final FontPool BOLD = new FontPool("/fonts/DejaVuSans-Bold.ttf");

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final TrueTypeFont regularTtf;
    private final TrueTypeFont boldTtf;
    /** Which code points each font can draw, learnt as the document is written. */
    private final java.util.Map<Integer, Boolean> regularGlyphs = new java.util.HashMap<>();
    private final java.util.Map<Integer, Boolean> boldGlyphs = new java.util.HashMap<>();
    private final PDRectangle size;
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PDPageContentStream content;

    public PdfPage(PDRectangle size, String title) {
        this.size = size;
        this.document = new PDDocument();
        this.regularTtf = REGULAR.borrow();
        this.boldTtf = BOLD.borrow();
        try {
            // the document embeds the subset it uses; the parsed font goes back to the pool when it closes
            this.regular = PDType0Font.load(document, regularTtf, true);
            this.bold = PDType0Font.load(document, boldTtf, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("WTC Expo");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void newPage() {
        try {
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            streams.add(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }

    /** Draws one line of text with its top-left corner at {@code (x, y)}; returns its width. */
    public float text(String text, float x, float y, float fontSize, boolean isBold) {
        PDType0Font font = isBold ? bold : regular;
        String safe = safe(font, text, isBold ? boldGlyphs : regularGlyphs);
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, height() - y - fontSize);
            content.showText(safe);
            content.endText();
            return font.getStringWidth(safe) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text right-aligned so that it ends at {@code right}. */
    public void textRight(String text, float right, float y, float fontSize, boolean isBold) {
        text(text, right - width(text, fontSize, isBold), y, fontSize, isBold);
    }

    /** Draws text wrapped at word boundaries within {@code maxWidth}; returns the height used. */
    public float paragraph(String text, float x, float y, float maxWidth, float fontSize, boolean isBold) {
        float lineHeight = fontSize * 1.35f;
        float used = 0;
        for (String line : wrap(text == null ? "" : text, maxWidth, fontSize, isBold)) {
            text(line, x, y + used, fontSize, isBold);
            used += lineHeight;
        }
        return used;
    }

    public List<String> wrap(String text, float maxWidth, float fontSize, boolean isBold) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, fontSize, isBold) <= maxWidth || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                    // a single word wider than the line is cut where it must be
                    while (width(line.toString(), fontSize, isBold) > maxWidth && line.length() > 1) {
                        int cut = line.length() - 1;
                        while (cut > 1 && width(line.substring(0, cut), fontSize, isBold) > maxWidth) {
                            cut--;
                        }
                        lines.add(line.substring(0, cut));
                        line.delete(0, cut);
                    }
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    public float width(String text, float fontSize, boolean isBold) {
        PDType0Font font = isBold ? bold : regular;
        try {
            return font.getStringWidth(safe(font, text, isBold ? boldGlyphs : regularGlyphs)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule. */
    public void rule(float x1, float x2, float y, float lineWidth) {
        try {
            content.setLineWidth(lineWidth);
            content.moveTo(x1, height() - y);
            content.lineTo(x2, height() - y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle in an RGB colour (0..255). */
    public void band(float x, float y, float w, float h, int r, int g, int b) {
        try {
            content.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
            content.addRect(x, height() - y - h, w, h);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws a grid of dark squares (a QR code's modules) as vector shapes, crisp at any printer's resolution:
     * {@code dark[y][x]}, each module {@code module} points wide, the grid's top-left corner at {@code (x, y)}.
     */
    public void modules(boolean[][] dark, float x, float y, float module) {
        try {
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < dark.length; row++) {
                int col = 0;
                while (col < dark[row].length) {
                    if (!dark[row][col]) {
                        col++;
                        continue;
                    }
                    int run = col;
                    while (run < dark[row].length && dark[row][run]) {
                        run++;
                    }
                    // one rectangle per run of dark modules, overlapping a hair so that no white seams show
                    content.addRect(x + col * module, height() - y - (row + 1) * module - 0.01f, (run - col) * module + 0.01f,
                            module + 0.02f);
                    col = run;
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the colour of the text drawn next (0..255). */
    public void color(int r, int g, int b) {
        try {
            content.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        try {
            for (PDPageContentStream s : streams) {
                s.close();
            }
            streams.clear();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what the font can draw; anything else (controls, unknown glyphs) becomes {@code ?}. */
    static String safe(PDType0Font font, String text) {
        return safe(font, text, new java.util.HashMap<>());
    }

    /** As {@link #safe(PDType0Font, String)}, remembering per code point whether the font can draw it. */
    static String safe(PDType0Font font, String text, java.util.Map<Integer, Boolean> drawable) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            boolean ok = drawable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            if (ok) {
                out.appendCodePoint(cp);
            } else {
                out.append('?'); // the font has no glyph for it
            }
        });
        return out.toString();
    }

    @Override
    public void close() {
        try {
            for (PDPageContentStream s : streams) {
                s.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            REGULAR.giveBack(regularTtf);
            BOLD.giveBack(boldTtf);
        }
    }
}
