package vn.wtcexpo.web.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The xlsx an organizer opens: readable columns, the header kept in view, a filter on it. */
class SpreadsheetsTest {

    private static final List<List<Object>> ROWS = List.of(
            List.of("Công ty", "Diện tích (m²)", "Tổng tiền (VND)"),
            Arrays.asList("Công ty TNHH Nội thất Hưng Thịnh Phát", 9.0, 33_000_000L),
            Arrays.asList("A", null, 0L));

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void aColumn_isAsWideAsItsLongestCell_withinLimits() {
        assertArrayEquals(new int[] {39, 18, 19}, Spreadsheets.widths(ROWS, 3));
    }

    @Test
    void theHeaderRow_isFrozen() throws IOException {
        String sheet = parts(Spreadsheets.xlsx("Exhibitors", ROWS)).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), sheet);
    }

    @Test
    void theTable_hasAFilterOverEveryRowAndColumn() throws IOException {
        Map<String, String> parts = parts(Spreadsheets.xlsx("Exhibitors", ROWS));
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<autoFilter ref=\"A1:C3\"/>"));
        assertTrue(parts.get("xl/workbook.xml").contains("'Exhibitors'!$A$1:$C$3"), parts.get("xl/workbook.xml"));
    }
}
