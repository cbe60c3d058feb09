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
 */
final class QrMasks {

    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;

    /** Per version: which modules are function modules, and their values under each of the eight masks. */
    private static final Map<Integer, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private QrMasks() {
    }

    /** The best-masked symbol, as {@code [row][column]} true for dark, from the symbol encoded with mask 0. */
    static boolean[][] best(QRCode withMask0) {
        if (withMask0.getMaskPattern() != 0) {
            throw new IllegalArgumentException("expects the symbol with mask 0");
        }
        ByteMatrix m = withMask0.getMatrix();
        int n = m.getWidth();
        Layout layout = LAYOUTS.computeIfAbsent(withMask0.getVersion().getVersionNumber(),
                v -> Layout.of(withMask0.getVersion()));
        if (n <= Words.MAX) {
            return layout.words.best(m);
        }
        byte[] data = new byte[n * n]; // the unmasked data bits; 0 on function modules
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                if (!layout.function[i]) {
                    data[i] = (byte) (m.get(x, y) ^ (maskBit(0, x, y) ? 1 : 0));
                }
            }
        }
        byte[] candidate = new byte[n * n];
        byte[] chosen = null;
        int lowest = Integer.MAX_VALUE;
        for (int mask = 0; mask < 8; mask++) {
            byte[] template = layout.templates[mask];
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int i = y * n + x;
                    candidate[i] = layout.function[i] ? template[i] : (byte) (data[i] ^ (maskBit(mask, x, y) ? 1 : 0));
                }
            }
            int penalty = penalty(candidate, n);
            if (penalty < lowest) {
                lowest = penalty;
                chosen = candidate.clone();
            }
        }
        boolean[][] dark = new boolean[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                dark[y][x] = chosen[y * n + x] == 1;
            }
        }
        return dark;
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

    /** The penalty of a symbol: rules N1 to N4 of ISO/IEC 18004, 7.8.3.1, counted as ZXing counts them. */
    static int penalty(byte[] q, int n) {
        int runs = 0;
        int blocks = 0;
        int finders = 0;
        int dark = 0;
        for (int a = 0; a < n; a++) {
            int rowRun = 1;
            int colRun = 1;
            for (int b = 0; b < n; b++) {
                int here = q[a * n + b];
                dark += here;
                if (b > 0) {
                    // adjacent modules of one colour in a row (a, b) and in a column (b, a)
                    if (here == q[a * n + b - 1]) {
                        rowRun++;
                    } else {
                        runs += runPenalty(rowRun);
                        rowRun = 1;
                    }
                    if (q[b * n + a] == q[(b - 1) * n + a]) {
                        colRun++;
                    } else {
                        runs += runPenalty(colRun);
                        colRun = 1;
                    }
                }
                if (a + 1 < n && b + 1 < n && here == q[a * n + b + 1] && here == q[(a + 1) * n + b]
                        && here == q[(a + 1) * n + b + 1]) {
                    blocks++;
                }
                if (b + 6 < n && finderRow(q, a * n + b, 1) && (light(q, n, a, b - 4, 0, 1) || light(q, n, a, b + 7, 0, 1))) {
                    finders++;
                }
                if (b + 6 < n && finderRow(q, b * n + a, n) && (light(q, n, b - 4, a, 1, 0) || light(q, n, b + 7, a, 1, 0))) {
                    finders++;
                }
            }
            runs += runPenalty(rowRun) + runPenalty(colRun);
        }
        int total = n * n;
        int deviation = Math.abs(dark * 2 - total) * 10 / total; // steps of 5 % away from half dark
        return runs + blocks * N2 + finders * N3 + deviation * N4;
    }

    private static int runPenalty(int run) {
        return run >= 5 ? N1 + run - 5 : 0;
    }

    /** dark, light, dark, dark, dark, light, dark from index i in steps of step (1 along a row, n down a column) */
    private static boolean finderRow(byte[] q, int i, int step) {
        return q[i] == 1 && q[i + step] == 0 && q[i + 2 * step] == 1 && q[i + 3 * step] == 1 && q[i + 4 * step] == 1
                && q[i + 5 * step] == 0 && q[i + 6 * step] == 1;
    }

    /**
     * Whether the four modules from (row, col) on, stepping by (dRow, dCol), are light. As in ZXing, they must lie in
     * the symbol: the quiet zone does not count (so the finder patterns themselves, at the edges, are not penalised).
     */
    private static boolean light(byte[] q, int n, int row, int col, int dRow, int dCol) {
        int lastRow = row + 3 * dRow;
        int lastCol = col + 3 * dCol;
        if (row < 0 || col < 0 || lastRow >= n || lastCol >= n) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (q[(row + k * dRow) * n + col + k * dCol] == 1) {
                return false;
            }
        }
        return true;
    }

    /** Where a version's function modules are, and their values under each mask (ISO/IEC 18004, 6.3). */
    private record Layout(boolean[] function, byte[][] templates, Words words) {

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
            byte[][] templates = new byte[8][];
            for (int mask = 0; mask < 8; mask++) {
                QRCode code = QrCodes.encode(sample, mask);
                if (code.getVersion().getVersionNumber() != version.getVersionNumber()) {
                    throw new IllegalStateException("sample of version " + code.getVersion() + ", wanted " + version);
                }
                ByteMatrix m = code.getMatrix();
                byte[] t = new byte[n * n];
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        t[y * n + x] = f[y * n + x] ? m.get(x, y) : 0;
                    }
                }
                templates[mask] = t;
            }
            return new Layout(f, templates, n <= Words.MAX ? new Words(n, f, templates) : null);
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
    }

    /**
     * The same choice with a row (and a column) of the symbol in one {@code long}, bit x for column x (row y): up to
     * version 11 (61 modules), which covers badge codes (version 8). The rules work on 61 modules at a time, so that
     * the eight candidates cost about as much as ZXing's one encoding.
     */
    static final class Words {

        static final int MAX = 61;

        private final int n;
        private final long[] functionRows;
        private final long[] functionColumns;
        private final long[][] maskRows = new long[8][];
        private final long[][] maskColumns = new long[8][];
        private final long[][] templateRows = new long[8][];
        private final long[][] templateColumns = new long[8][];

        Words(int n, boolean[] function, byte[][] templates) {
            this.n = n;
            boolean[] dark = new boolean[n * n];
            functionRows = rows(function, n);
            functionColumns = columns(function, n);
            for (int mask = 0; mask < 8; mask++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        dark[y * n + x] = maskBit(mask, x, y);
                    }
                }
                maskRows[mask] = rows(dark, n);
                maskColumns[mask] = columns(dark, n);
                for (int i = 0; i < n * n; i++) {
                    dark[i] = templates[mask][i] == 1;
                }
                templateRows[mask] = rows(dark, n);
                templateColumns[mask] = columns(dark, n);
            }
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

        private static long[] columns(boolean[] set, int n) {
            long[] words = new long[n];
            for (int x = 0; x < n; x++) {
                for (int y = 0; y < n; y++) {
                    if (set[y * n + x]) {
                        words[x] |= 1L << y;
                    }
                }
            }
            return words;
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
