package vn.wtcexpo.it.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestGates;

/**
 * The post-show report over the API (docs/API.md, Forecast and reports) on a small fixed show: twelve VIPs registered,
 * eight came, six of them left again; six organizer staff came; three visitors registered (their doors open later).
 * The workbook is read back with Apache POI, the PDF with PDFBox. One rule per test.
 */
@ExtendWith(ShippedApplication.class)
class ReportApiIT {

    private static TestGates.Today fair;
    private static String exhibitor;
    private final Api organizer = Api.as("organizer");

    @BeforeAll
    static void aSmallShowToday() {
        fair = TestGates.fair("RP", 300);
        Api gate = Api.bearer(TestGates.device(fair.eventId()));
        for (int i = 0; i < 6; i++) {
            String staff = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
            admitted(gate.post("/api/checkins", TestGates.scan(staff, fair.in(), "IN")));
        }
        List<String> vips = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            vips.add(TestGates.badge(fair.eventId(), "VIP").getString("code"));
        }
        for (String vip : vips.subList(0, 8)) {
            admitted(gate.post("/api/checkins", TestGates.scan(vip, fair.in(), "IN")));
        }
        for (String vip : vips.subList(0, 6)) {
            admitted(gate.post("/api/checkins", TestGates.scan(vip, fair.out(), "OUT")));
        }
        for (int i = 0; i < 3; i++) {
            TestGates.badge(fair.eventId(), "VISITOR");
        }
        exhibitor = TestGates.exhibitorWithBooth(fair);
    }

    private static void admitted(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        assertEquals("ADMITTED", r.json().getString("result"), r.body());
    }

    private String path(String file) {
        return "/api/events/" + fair.eventId() + "/" + file;
    }

    /** The workbook's sheet whose name starts with {@code prefix}, as rows of cell texts (numbers as whole numbers). */
    private static List<List<String>> sheet(byte[] xlsx, String prefix) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : book) {
                if (s.getSheetName().startsWith(prefix)) {
                    List<List<String>> rows = new ArrayList<>();
                    for (Row row : s) {
                        List<String> cells = new ArrayList<>();
                        for (Cell c : row) {
                            cells.add(c.getCellType() == CellType.NUMERIC ? number(c.getNumericCellValue()) : c.getStringCellValue());
                        }
                        rows.add(cells);
                    }
                    return rows;
                }
            }
        }
        throw new AssertionError("no sheet " + prefix);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A two-column sheet (figure, value) as a map from the figure's English words to the value. */
    private static Map<String, String> figures(List<List<String>> rows) {
        Map<String, String> out = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String label = r.get(0);
            out.put(label.contains(" / ") ? label.substring(label.indexOf(" / ") + 3) : label, r.size() > 1 ? r.get(1) : "");
        }
        return out;
    }

    private byte[] workbook() {
        Api.Binary b = organizer.bytes(path("report.xlsx"));
        assertEquals(200, b.status(), new String(b.body()));
        assertTrue(b.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), b.contentType());
        return b.body();
    }

    private static String pdfText(Api.Binary b) throws Exception {
        assertEquals(200, b.status(), new String(b.body()));
        assertEquals("application/pdf", b.contentType());
        try (PDDocument doc = Loader.loadPDF(b.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void visitorsAreVipsWithAScan_eachOnce() throws Exception {
        Map<String, String> key = figures(sheet(workbook(), "Tổng quan"));
        assertEquals("8", key.get("Visitors (people)"), key.toString());
        assertEquals("8", key.get("Visits"), key.toString());
        assertEquals("0", key.get("Repeat visits"), key.toString());
    }

    @Test
    void registeredAgainstCame_perBadgeType_hidesSmallGroups() throws Exception {
        List<List<String>> rows = sheet(workbook(), "Tham dự");
        Map<String, List<String>> byType = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byType.put(r.get(0), r));
        List<String> vip = byType.get("Khách VIP / VIP");
        assertEquals(List.of("12", "8"), vip.subList(1, 3), rows.toString());
        // four VIPs did not come: a small group, so its share is not shown
        assertEquals(3, vip.size(), rows.toString());
        List<String> staff = byType.entrySet().stream().filter(e -> e.getKey().contains("Organizer staff")).findFirst()
                .orElseThrow().getValue();
        assertEquals(List.of("6", "6", "0"), staff.subList(1, 4), rows.toString());
        List<String> visitors = byType.entrySet().stream().filter(e -> e.getKey().endsWith("/ Visitor")).findFirst()
                .orElseThrow().getValue();
        assertEquals("<5", visitors.get(1), rows.toString());
    }

    @Test
    void aHallsPeak_countsEveryoneInside() throws Exception {
        List<List<String>> rows = sheet(workbook(), "Theo sảnh");
        List<String> hall = rows.stream().filter(r -> r.get(1).equals(fair.hall1())).findFirst().orElseThrow();
        assertEquals("8", hall.get(2), rows.toString());
        assertEquals("14", hall.get(3), rows.toString());
    }

    @Test
    void staysAreMeasuredFromEntryToExit_andTheUnmeasuredAreASmallGroup() throws Exception {
        List<List<String>> rows = sheet(workbook(), "Thời gian ở lại");
        assertTrue(rows.get(1).get(0).contains("Median stay"), rows.toString());
        assertEquals("<5", rows.get(rows.size() - 1).get(1), rows.toString());
    }

    @Test
    void whileTheShowRuns_theReportSaysItIsNotOver() throws Exception {
        String text = pdfText(organizer.bytes(path("report.pdf")));
        assertTrue(text.contains("Triển lãm chưa kết thúc"), text);
        assertTrue(text.contains("The show is not over"), text);
    }

    @Test
    void thePdf_isInVietnameseAndEnglish_wordForWord() throws Exception {
        String text = pdfText(organizer.bytes(path("report.pdf")));
        assertTrue(text.contains("Báo cáo sau triển lãm / Post-show report"), text);
        assertTrue(text.contains("Hội chợ hôm nay " + fair.hall1()), text);
        assertTrue(text.contains("Khách tham quan (người) / Visitors (people)"), text);
        assertTrue(text.contains("Không nhóm nào dưới 5 người được hiển thị (\"dưới 5\"), để không ai có thể bị nhận ra."), text);
    }

    @Test
    void anExhibitor_getsItsOwnPage() throws Exception {
        String text = pdfText(TestFairs.as(exhibitor).bytes(path("report.pdf?exhibitor=me")));
        assertTrue(text.contains("Trang của bạn trong báo cáo sau triển lãm"), text);
        assertTrue(text.contains("Khách vào các sảnh của bạn theo ngày và giờ"), text);
        assertTrue(!text.contains("Đăng ký và tham dự theo loại thẻ"), text);
    }

    @Test
    void anExhibitorsOwnWorkbook_showsTheTrafficOfItsHall() throws Exception {
        Api.Binary b = TestFairs.as(exhibitor).bytes(path("report.xlsx?exhibitor=me"));
        assertEquals(200, b.status(), new String(b.body()));
        List<List<String>> traffic = sheet(b.body(), "Theo sảnh");
        assertTrue(traffic.subList(1, traffic.size()).stream().anyMatch(r -> r.get(1).equals(fair.hall1())), traffic.toString());
        assertTrue(traffic.subList(1, traffic.size()).stream().noneMatch(r -> r.get(1).equals(fair.hall2())), traffic.toString());
    }

    @Test
    void anExhibitor_mayNotReadTheOrganizersReport() {
        assertEquals(403, TestFairs.as(exhibitor).bytes(path("report.pdf")).status());
    }

    @Test
    void anExhibitorWithoutABoothThere_findsNoPage() {
        String other = TestFairs.exhibitor("rpo");
        Api.Reply r = TestFairs.as(other).get(path("report.pdf?exhibitor=me"));
        assertEquals(404, r.status(), r.body());
    }

    @Test
    void anotherExhibitorsPage_cannotBeAskedFor() {
        Api.Reply r = TestFairs.as(exhibitor).get(path("report.pdf?exhibitor=someone-else"));
        assertEquals(400, r.status(), r.body());
        assertEquals("EXHIBITOR_ME_ONLY", r.json().getString("error"), r.body());
    }

    @Test
    void anotherOrganizer_findsNoSuchEvent() {
        String other = Accounts.fresh("rpo", "ORGANIZER", "organizer-pass-2032");
        Api.Reply r = Api.as(other, "organizer-pass-2032").get(path("report.xlsx"));
        assertEquals(404, r.status(), r.body());
        assertEquals("EVENT_NOT_FOUND", r.json().getString("error"), r.body());
    }

    @Test
    void beforeTheFirstShowDay_thereIsNoReport() {
        TestFairs.Fair future = TestFairs.published("RPF");
        Api.Reply r = organizer.get("/api/events/" + future.eventId() + "/report.pdf");
        assertEquals(409, r.status(), r.body());
        assertEquals("REPORT_BEFORE_SHOW", r.json().getString("error"), r.body());
    }

    /** A past fair of the demo data (vn.wtcexpo.demo.DemoHistory). */
    private JsonObject demoPastFair() {
        return organizer.get("/api/events?mine=true").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Packaging Fair")).findFirst().orElseThrow();
    }

    @Test
    void aShowGoneBy_isReportedWhole_withHowTheForecastDid() throws Exception {
        JsonObject past = demoPastFair();
        byte[] xlsx = organizer.bytes("/api/events/" + past.getString("id") + "/report.xlsx").body();
        Map<String, String> key = figures(sheet(xlsx, "Tổng quan"));
        int visitors = Integer.parseInt(key.get("Visitors (people)"));
        int visits = Integer.parseInt(key.get("Visits"));
        assertTrue(visitors > 100 && visits >= visitors, key.toString());
        assertEquals(visits - visitors, Integer.parseInt(key.get("Repeat visits")), key.toString());
        assertEquals(3, sheet(xlsx, "Dự báo").size(), "a header and the fair's two days");
        String text = pdfText(organizer.bytes("/api/events/" + past.getString("id") + "/report.pdf"));
        assertTrue(!text.contains("Triển lãm chưa kết thúc"), text);
        assertTrue(text.contains(past.getJsonObject("name").getString("vi")), text);
    }
}
