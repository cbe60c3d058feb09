package vn.wtcexpo.registration.application.internal;

import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses a QR symbol's mask as ISO/IEC 18004 (7.8.3) asks, the pattern with the lowest penalty of the eight,
 * from one encoding instead of eight. ZXing builds the whole symbol again for each mask and takes a
 * millisecond for a badge code, more than half of a badge's QR; here the symbol is built once (with mask 0),
 * its data modules unmasked and each candidate derived from them: data modules XOR the candidate's mask, function
 * modules (finders, separators, timing, alignment, version and format information) taken from a template of the
 * same version, level and mask. The result is the symbol ZXing would choose (a unit test compares them).
 *
 * <p>A row (and a column) of the symbol is one {@code long}, bit x for column x (row y), and the rules are worked
 * out on whole lines at a time: up to version 11 ({@link #MAX_MODULES} modules), which covers badge codes (version
 * 8). Larger symbols are left to ZXing's own search ({@link QrCodes}).
 */
final class QrMasks {

    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;

    /** The largest symbol this chooses for: version 11, a row still fits in a {@code long} with room to shift. */
    static final int MAX_MODULES = 61;

    /** Per version: which modules are function modules, and their values under each of the eight masks. */
    private static final Map<Integer, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private QrMasks() {
    }

    /** The best-masked symbol, as {@code [row][column]} true for dark, from the symbol encoded with mask 0. */
    static boolean[][] best(QRCode withMask0) {
        if (withMask0.getMaskPattern() != 0 || withMask0.getMatrix().getWidth() > MAX_MODULES) {
            throw new IllegalArgumentException("expects a symbol of up to " + MAX_MODULES + " modules, with mask 0");
        }
        return LAYOUTS.computeIfAbsent(withMask0.getVersion().getVersionNumber(), v -> Layout.of(withMask0.getVersion()))
                .best(withMask0.getMatrix());
    }

    /** The data mask patterns of ISO/IEC 18004 table 10, at column x and row y: true where a bit is inverted. */
    static boolean maskBit(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> ((y + x) & 1) == 0;
            case 1 -> (y & 1) == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (y + x) % 3 == 0;
            case 4 -> (((y / 2) + (x / 3)) & 1) == 0;
            case 5 -> (y * x) % 2 + (y * x) % 3 == 0;
            case 6 -> (((y * x) % 2 + (y * x) % 3) & 1) == 0;
            case 7 -> (((y + x) % 2 + (y * x) % 3) & 1) == 0;
            default -> throw new IllegalArgumentException("mask " + mask);
        };
    }

    private static int runPenalty(int run) {
        return run >= 5 ? N1 + run - 5 : 0;
    }

    /**
     * A version's function modules and their values under each mask (ISO/IEC 18004, 6.3), and the masks
     * themselves, as rows and as columns.
     */
    private static final class Layout {

        private final int n;
        private final long[] functionRows;
        private final long[] functionColumns;
        private final long[][] maskRows = new long[8][];
        private final long[][] maskColumns = new long[8][];
        private final long[][] templateRows = new long[8][];
        private final long[][] templateColumns = new long[8][];

        private Layout(int n, boolean[] function, boolean[][] templates) {
            this.n = n;
            functionRows = rows(function, n);
            functionColumns = transpose(functionRows, n);
            boolean[] inverted = new boolean[n * n];
            for (int mask = 0; mask < 8; mask++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        inverted[y * n + x] = maskBit(mask, x, y);
                    }
                }
                maskRows[mask] = rows(inverted, n);
                maskColumns[mask] = transpose(maskRows[mask], n);
                templateRows[mask] = rows(templates[mask], n);
                templateColumns[mask] = transpose(templateRows[mask], n);
            }
        }

        static Layout of(Version version) {
            int n = version.getDimensionForVersion();
            boolean[] f = new boolean[n * n];
            // finder patterns with their separators and the format information beside them (and the dark module)
            region(f, n, 0, 0, 9, 9);
            region(f, n, 0, n - 8, 9, 8);
            region(f, n, n - 8, 0, 8, 9);
            // timing patterns
            region(f, n, 6, 0, 1, n);
            region(f, n, 0, 6, n, 1);
            // alignment patterns, except where they would overlap a finder pattern
            int[] centres = version.getAlignmentPatternCenters();
            for (int i = 0; i < centres.length; i++) {
                for (int j = 0; j < centres.length; j++) {
                    boolean underFinder = (i == 0 && (j == 0 || j == centres.length - 1)) || (i == centres.length - 1 && j == 0);
                    if (!underFinder) {
                        region(f, n, centres[i] - 2, centres[j] - 2, 5, 5);
                    }
                }
            }
            // version information, from version 7 on
            if (version.getVersionNumber() >= 7) {
                region(f, n, 0, n - 11, 6, 3);
                region(f, n, n - 11, 0, 3, 6);
            }
            // the function modules' values under each mask: any text of this version, encoded by ZXing with that mask
            String sample = "a".repeat(sampleLength(version));
            boolean[][] templates = new boolean[8][];
            for (int mask = 0; mask < 8; mask++) {
                QRCode code = QrCodes.encode(sample, mask);
                if (code.getVersion().getVersionNumber() != version.getVersionNumber()) {
                    throw new IllegalStateException("sample of version " + code.getVersion() + ", wanted " + version);
                }
                ByteMatrix m = code.getMatrix();
                boolean[] t = new boolean[n * n];
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        t[y * n + x] = f[y * n + x] && m.get(x, y) == 1;
                    }
                }
                templates[mask] = t;
            }
            return new Layout(n, f, templates);
        }

        private static long[] rows(boolean[] set, int n) {
            long[] words = new long[n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (set[y * n + x]) {
                        words[y] |= 1L << x;
                    }
                }
            }
            return words;
        }

        private static long[] transpose(long[] rows, int n) {
            long[] columns = new long[n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    columns[x] |= (rows[y] >>> x & 1) << y;
                }
            }
            return columns;
        }

        private static void region(boolean[] f, int n, int row, int col, int rows, int cols) {
            for (int r = row; r < row + rows; r++) {
                for (int c = col; c < col + cols; c++) {
                    f[r * n + c] = true;
                }
            }
        }

        /** The length of a byte-mode text that makes a symbol of exactly this version at our level. */
        private static int sampleLength(Version version) {
            int low = 1;
            int high = 1663; // the most bytes a symbol holds at level Q (version 40)
            // the smallest length that no longer fits in the version below
            while (low < high) {
                int mid = (low + high) / 2;
                if (QrCodes.encode("a".repeat(mid), 0).getVersion().getVersionNumber() >= version.getVersionNumber()) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        boolean[][] best(ByteMatrix withMask0) {
            // the unmasked data bits, by rows and by columns; 0 on function modules
            long[] dataRows = new long[n];
            long[] dataColumns = new long[n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (withMask0.get(x, y) == 1) {
                        dataRows[y] |= 1L << x;
                        dataColumns[x] |= 1L << y;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                dataRows[i] = (dataRows[i] ^ maskRows[0][i]) & ~functionRows[i];
                dataColumns[i] = (dataColumns[i] ^ maskColumns[0][i]) & ~functionColumns[i];
            }
            long[] candidateRows = new long[n];
            long[] candidateColumns = new long[n];
            long[] chosen = null;
            int lowest = Integer.MAX_VALUE;
            for (int mask = 0; mask < 8; mask++) {
                for (int i = 0; i < n; i++) {
                    candidateRows[i] = (dataRows[i] ^ maskRows[mask][i]) & ~functionRows[i] | templateRows[mask][i];
                    candidateColumns[i] = (dataColumns[i] ^ maskColumns[mask][i]) & ~functionColumns[i]
                            | templateColumns[mask][i];
                }
                int penalty = penalty(candidateRows, candidateColumns);
                if (penalty < lowest) {
                    lowest = penalty;
                    chosen = candidateRows.clone();
                }
            }
            boolean[][] dark = new boolean[n][n];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    dark[y][x] = (chosen[y] >>> x & 1) == 1;
                }
            }
            return dark;
        }

        int penalty(long[] rows, long[] columns) {
            long all = (1L << n) - 1;
            long pairs = (1L << (n - 1)) - 1; // positions x with a neighbour at x + 1
            long finderStarts = (1L << (n - 6)) - 1; // a 7-module pattern fits from x
            long lightAfter = (1L << (n - 10)) - 1; // four modules fit after the pattern
            long lightBefore = all & ~0xFL; // four modules fit before it
            int runs = 0;
            int blocks = 0;
            int finders = 0;
            int dark = 0;
            for (int i = 0; i < n; i++) {
                long row = rows[i];
                long column = columns[i];
                dark += Long.bitCount(row);
                runs += runs(row, pairs) + runs(column, pairs);
                finders += finders(row, finderStarts, lightBefore, lightAfter)
                        + finders(column, finderStarts, lightBefore, lightAfter);
                if (i + 1 < n) {
                    long below = rows[i + 1];
                    long same = ~(row ^ below) & ~(row ^ (row >>> 1)) & ~(below ^ (below >>> 1)) & pairs;
                    blocks += Long.bitCount(same);
                }
            }
            int total = n * n;
            int deviation = Math.abs(dark * 2 - total) * 10 / total;
            return runs + blocks * N2 + finders * N3 + deviation * N4;
        }

        /** Rule N1 along one line: a run of five or more modules of one colour. */
        private int runs(long line, long pairs) {
            long changes = (line ^ (line >>> 1)) & pairs; // bit x: module x differs from module x + 1
            int penalty = 0;
            int previousEnd = -1;
            while (changes != 0) {
                int end = Long.numberOfTrailingZeros(changes);
                penalty += runPenalty(end - previousEnd);
                previousEnd = end;
                changes &= changes - 1;
            }
            return penalty + runPenalty(n - 1 - previousEnd);
        }

        /** Rule N3 along one line: dark, light, dark × 3, light, dark with four light modules before or after. */
        private static int finders(long line, long starts, long lightBefore, long lightAfter) {
            long pattern = line & ~(line >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & ~(line >>> 5)
                    & (line >>> 6) & starts;
            if (pattern == 0) {
                return 0;
            }
            long before = ~(line << 1) & ~(line << 2) & ~(line << 3) & ~(line << 4) & lightBefore;
            long after = ~(line >>> 7) & ~(line >>> 8) & ~(line >>> 9) & ~(line >>> 10) & lightAfter;
            return Long.bitCount(pattern & (before | after));
        }
    }
}
