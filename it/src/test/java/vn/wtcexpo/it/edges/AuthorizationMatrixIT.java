package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestGates;

/**
 * Who may call what, for every operation of the OpenAPI document, against objects that belong to someone else:
 * the demo organizer's event, its gates, devices and badges, one exhibitor's reservations, invoice, staff and leads.
 * The expected answer of each caller is written once, in {@link #MATRIX}; an operation of the document without a
 * row fails the test, so a new endpoint cannot ship without saying who may call it.
 *
 * <p>Marks, one per caller in the order of {@link #CALLERS}:
 * {@code o} allowed (a read answers 2xx; a write is not sent, so that the fixtures stay as they are),
 * {@code 1} 401, {@code 3} 403, {@code 4} 404 (the object is hidden from this caller),
 * {@code x} refused with some 4xx other than those three (input is checked before the object: nothing is shown),
 * {@code d} denied: 401, 403 or 404, whichever the layer that refuses answers first.
 * Writes are sent only to callers expected to be refused, with an empty object: a signed-in caller may then be
 * refused for its input (400) before its rights are looked at; nobody is always refused with 401 first.
 */
@ExtendWith(ShippedApplication.class)
class AuthorizationMatrixIT {

    /** The callers: nobody, the venue admin, the event's organizer, another organizer, the exhibitor who owns the
     * reservation, another exhibitor at the same event, gate staff, the event's gate device, the other exhibitor's
     * lead scanner. */
    static final List<String> CALLERS = List.of("nobody", "admin", "organizer", "organizer2", "exhibitor", "exhibitor2",
            "gate", "device", "leads");

    // operationId                     N A O O2 E E2 G D L
    static final String MATRIX = """
            myAccountChangePassword        1 o o o  o o  o d d
            accountsList                   1 o 3 3  3 3  3 d d
            accountsCreate                 1 o 3 3  3 3  3 d d
            accountsDisable                1 o 3 3  3 3  3 d d
            accountsEnable                 1 o 3 3  3 3  3 d d
            accountsResetPassword          1 o 3 3  3 3  3 d d
            badgeJobsGet                   1 o o 4  d d  d d d
            badgeJobsPdf                   1 o o 4  d d  d d d
            badgesGet                      1 o o 4  4 4  d d d
            badgesPdf                      4 o o 4  4 4  4 4 4
            badgesPrinted                  1 o o 4  d d  d d d
            badgesQrPng                    4 o o 4  4 4  4 4 4
            badgesReissue                  1 o o 4  d d  d d d
            badgesRevoke                   1 o o 4  d d  d d d
            bookingPolicyGet               1 o o o  3 3  3 d d
            bookingPolicyChange            1 o 3 3  3 3  3 d d
            bookingPolicyAddVatRule        1 o 3 3  3 3  3 d d
            bookingPolicyRemoveVatRule     1 o 3 3  3 3  3 d d
            bookingsRequest                1 o o o  3 3  3 d d
            bookingsList                   1 o o o  3 3  3 d d
            bookingsExpireDue              1 o 3 3  3 3  3 d d
            bookingsQuote                  1 o o o  3 3  3 d d
            bookingsGet                    1 o o 4  3 3  3 d d
            bookingsCancel                 1 o o 4  3 3  3 d d
            bookingsConfirm                1 o 3 3  3 3  3 d d
            bookingsReject                 1 o 3 3  3 3  3 d d
            checkinsScan                   1 o o 4  d d  o o d
            devicesMe                      1 d d d  d d  d o o
            devicesRevoke                  1 o o 4  d d  o d d
            eventsList                     o o o o  o o  o o o
            eventsCreate                   1 o o o  3 3  3 d d
            boothsList                     o o o o  o o  o o o
            boothsAdd                      1 o o 4  3 3  3 d d
            boothsCombine                  1 o o 4  3 3  3 d d
            boothsGenerateRows             1 o o 4  3 3  3 d d
            boothsRemove                   1 o o 4  3 3  3 d d
            boothsChange                   1 o o 4  3 3  3 d d
            boothsReserve                  1 d d d  o o  d d d
            boothsSplit                    1 o o 4  3 3  3 d d
            eventsDashboard                1 o o 4  3 3  3 d d
            eventsDirectory                o o o o  o o  o o o
            eventsExhibitorsCsv            1 o o 4  3 3  3 d d
            eventsExhibitorsXlsx           1 o o 4  3 3  3 d d
            eventsPlan                     o o o o  o o  o o o
            staffList                      1 d d d  o o  d d d
            staffAdd                       1 d d d  o x  d d d
            staffRemove                    1 d d d  o d  d d d
            eventsUpdate                   1 o o 4  3 3  3 d d
            eventsGet                      o o o o  o o  o o o
            badgeKey                       o o o o  o o  o o o
            eventsBadgeType                1 o o 4  3 3  3 d d
            badgePrintJobStart             1 o o 4  d d  d d d
            staffBadgesPdf                 1 d d d  o 4  d d d
            eventsOpeningHours             1 o o 4  3 3  3 d d
            devicesPair                    1 o o 4  d d  d d d
            devicesList                    1 o o 4  d d  3 d d
            gatesList                      1 o o 4  d d  o o d
            gatesCreate                    1 o o 4  d d  d d d
            gatesDelete                    1 o o 4  d d  d d d
            leadsList                      1 d d d  o o  d d o
            leadScannersOpen               1 d d d  o o  d d d
            leadScannersList               1 d d d  o o  d d d
            sellerGet                      1 o o o  3 3  3 d d
            sellerChange                   1 o 3 3  3 3  3 d d
            occupancyGet                   1 o o 4  d d  o d d
            occupancyCorrect               1 o o 4  d d  o d d
            gateDashboard                  1 o o 4  d d  o d d
            forecastGet                    1 o o 4  3 3  3 d d
            forecastBacktest               1 o o 4  3 3  3 d d
            forecastSettingsGet            1 o o 4  3 3  3 d d
            forecastSettingsPut            1 o o x  3 3  3 d d
            reportPdf                      1 o o 4  3 3  3 d d
            reportXlsx                     1 o o 4  3 3  3 d d
            eventsPublish                  1 o o 4  3 3  3 d d
            registrationSettingsGet        1 o o 4  d d  d d d
            registrationSettingsPut        1 o o 4  d d  d d d
            registrationsSearch            1 o o 4  d d  d d d
            registrationsRegister          o o o o  o o  o o o
            registrationsCsv               1 o o 4  d d  d d d
            registrationsXlsx              1 o o 4  d d  d d d
            registrationsStats             1 o o 4  d d  d d d
            badgeRevocations               1 o o 4  d d  o o d
            eventsUnpublish                1 o o 4  3 3  3 d d
            visitorFlow                    1 o o 4  d d  d d d
            visitorFlowCsv                 1 o o 4  d d  d d d
            exhibitorsSignUp               o o o o  o o  o o o
            exhibitorsSaveMe               1 d d d  o o  d d d
            exhibitorsMe                   1 d d d  o o  d d d
            exhibitorsGet                  1 o o 4  o 4  d d d
            hallsList                      o o o o  o o  o o o
            hallsAdd                       1 o 3 3  3 3  3 d d
            hallsUpdate                    1 o 3 3  3 3  3 d d
            hallsGet                       o o o o  o o  o o o
            hallsBlackouts                 o o o o  o o  o o o
            hallsAddBlackout               1 o 3 3  3 3  3 d d
            hallsRemoveBlackout            1 o 3 3  3 3  3 d d
            hallCalendarFeed               o o o o  o o  o o o
            hallsOutline                   1 o 3 3  3 3  3 d d
            invoicesGet                    1 o o 4  o 4  d d d
            invoicesPdf                    1 o o 4  o 4  d d d
            invoicesPay                    1 o o 4  d d  d d d
            invoicesEInvoiceData           1 o o 4  o 4  d d d
            invoicesEInvoiceXml            1 o o 4  o 4  d d d
            leadsCapture                   1 d d d  o o  d d o
            leadsAssess                    1 d d d  o 4  d d 4
            outboxList                     1 o 3 3  3 3  3 d d
            outboxResend                   1 o 3 3  3 3  3 d d
            reservationsList               1 o o o  o o  3 d d
            reservationsExpireDue          1 o 3 3  3 3  3 d d
            reservationsGet                1 o o 4  o 4  d d d
            reservationsApprove            1 o o 4  d d  d d d
            reservationsApproveTogether    1 o o d  d d  d d d
            reservationsCancel             1 o o 4  o 4  d d d
            reservationsHoldUntil          1 o o 4  d d  d d d
            reservationsPay                1 o o 4  d d  d d d
            reservationsReject             1 o o 4  d d  d d d
            tokensList                     1 o o o  o o  o d d
            tokensCreate                   1 o o o  o o  o d d
            tokensRevoke                   1 4 o 4  4 4  4 d d
            """;

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    @Test
    void everyOperation_answersEachCallerAsTheMatrixSays() {
        Map<String, String[]> matrix = matrix();
        List<Operation> operations = operations();
        TreeSet<String> missing = new TreeSet<>();
        for (Operation op : operations) {
            if (!matrix.containsKey(op.id())) {
                missing.add(op.id() + " (" + op.method() + " " + op.path() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "operations without a row in the matrix: " + missing);
        TreeSet<String> stale = new TreeSet<>(matrix.keySet());
        operations.forEach(op -> stale.remove(op.id()));
        assertTrue(stale.isEmpty(), "rows for operations the document no longer has: " + stale);

        Fixtures f = new Fixtures();
        Map<String, Api> callers = f.callers();
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations) {
            String path = f.fill(op.path());
            String[] marks = matrix.get(op.id());
            for (int i = 0; i < CALLERS.size(); i++) {
                String mark = marks[i];
                boolean read = op.method().equals("GET");
                if (mark.equals("o") && !read) {
                    continue; // allowed writes are not sent: the fixtures must stay as they are for the next rows
                }
                Api caller = callers.get(CALLERS.get(i));
                Api.Reply r = read ? caller.getAccepting(path, "*/*")
                        : op.method().equals("DELETE") ? caller.delete(path) : caller.send(op.method(), path, "{}", "application/json");
                if (!matches(mark, r.status(), read)) {
                    wrong.add(op.id() + " " + op.method() + " " + path + " as " + CALLERS.get(i) + ": expected " + mark
                            + ", got " + r.status() + " " + abbreviate(r.body()));
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /**
     * A write is sent with an empty object: a caller that is signed in but may not do it may then be told that the
     * input is wrong (400, 422) before being told that it may not: refused either way, nothing shown, nothing done.
     */
    private static boolean matches(String mark, int status, boolean read) {
        if (!read && !mark.equals("o") && !mark.equals("1") && (status == 400 || status == 422)) {
            return true;
        }
        return switch (mark) {
            case "o" -> status >= 200 && status < 300;
            case "1" -> status == 401;
            case "3" -> status == 403;
            case "4" -> status == 404;
            case "d" -> status == 401 || status == 403 || status == 404;
            case "x" -> status >= 400 && status < 500 && status != 401 && status != 403 && status != 404
                    || status == 403 || status == 404;
            default -> throw new IllegalArgumentException("unknown mark " + mark);
        };
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.replaceAll("\\s+", " ");
        return b.length() > 160 ? b.substring(0, 160) + "…" : b;
    }

    private static Map<String, String[]> matrix() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            assertEquals(CALLERS.size() + 1, cells.length, "a mark per caller: " + line);
            rows.put(cells[0], java.util.Arrays.copyOfRange(cells, 1, cells.length));
        }
        return rows;
    }

    record Operation(String id, String method, String path) {
    }

    /** Every operation of the application's own OpenAPI document (JSON). */
    private static List<Operation> operations() {
        JsonObject doc = Api.anonymous().get("/openapi?format=JSON").json();
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : doc.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
                String method = m.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    ops.add(new Operation(m.getValue().asJsonObject().getString("operationId"), method, p.getKey()));
                }
            }
        }
        return ops;
    }

    /** The objects called upon, all belonging to the demo organizer or to the first exhibitor. */
    private static final class Fixtures {
        final Map<String, String> params = new LinkedHashMap<>();
        final String exhibitor;
        final String exhibitor2;
        final String organizer2;
        final String deviceToken;
        final String leadsToken;

        Fixtures() {
            Api organizer = Api.as("organizer");
            Api admin = Api.as("admin");
            TestGates.Today fair = TestGates.fair("AZ", 100);
            String eventId = fair.eventId();
            TestFairs.Fair booths = new TestFairs.Fair(fair.hall1(), null, eventId);
            exhibitor = TestGates.exhibitorWithBoothNumbered(fair, "1");
            exhibitor2 = TestGates.exhibitorWithBoothNumbered(fair, "3");
            organizer2 = Accounts.fresh("az", "ORGANIZER", "second-organizer-1");
            Api ex = TestFairs.as(exhibitor);
            // a second booth of the exhibitor, approved: an invoice and a staff allowance
            TestFairs.expect(201, organizer.post(booths.booths(), """
                    {"number": "2", "hall": "%s", "xM": 5.5, "yM": 8, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": %d}
                    """.formatted(fair.hall1(), TestFairs.BOOTH_PRICE)));
            String approved = TestFairs.expect(201, ex.post(booths.booths() + "/2/reservations", "{}")).json().getString("id");
            String invoice = TestFairs.expect(200, organizer.post("/api/reservations/" + approved + "/approve", "{}"))
                    .json().getJsonObject("invoice").getString("id");
            String held = ex.get("/api/reservations").array().getValuesAs(JsonObject.class).stream()
                    .filter(r -> !r.getString("id").equals(approved)).findFirst().orElseThrow().getString("id");
            String staffId = TestFairs.expect(201, ex.post("/api/events/" + eventId + "/staff", """
                    {"fullName": "Nhân Viên Gian Hàng", "email": "staff.%d@example.vn", "jobTitle": "Bán hàng"}
                    """.formatted(System.nanoTime()))).json().getString("id");
            JsonObject badge = TestGates.badge(eventId, "VISITOR");
            deviceToken = TestGates.device(eventId);
            String deviceId = organizer.get("/api/events/" + eventId + "/devices").array().getJsonObject(0).getString("id");
            leadsToken = TestFairs.expect(201, TestFairs.as(exhibitor2).post("/api/events/" + eventId + "/leads/scanners",
                    "{\"name\": \"Gian 3\"}")).json().getString("token");
            String lead = TestFairs.expect(201, ex.post("/api/leads", "{\"code\": \"" + badge.getString("code")
                    + "\", \"event\": \"" + eventId + "\"}")).json().getString("id");
            String job = TestFairs.expect(202, organizer.post("/api/events/" + eventId + "/badges/print-jobs",
                    "{\"type\": \"VISITOR\", \"size\": \"A6\"}")).json().getString("id");
            String token = TestFairs.expect(201, organizer.post("/api/tokens", "{\"name\": \"Matrix\", \"expiresInDays\": 1}"))
                    .json().getString("id");
            String booking = organizer.get("/api/bookings").array().getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("hall").equals(fair.hall1())).findFirst().orElseThrow().getString("id");
            String blackout = TestFairs.expect(201, admin.post("/api/halls/" + fair.hall2() + "/blackouts", """
                    {"start": "2035-01-02T00:00:00+07:00", "end": "2035-01-04T00:00:00+07:00", "reason": "Bảo trì"}
                    """)).json().getString("id");
            String vatRule = admin.get("/api/booking-policy").json().getJsonArray("vatRules").getJsonObject(0).getString("id");
            String outbox = admin.get("/api/outbox").array().getJsonObject(0).getString("id");
            String victim = Accounts.fresh("azv", "GATE_STAFF", "victim-password-1");
            String exhibitorId = ex.get("/api/exhibitors/me").json().getString("id");

            params.put("eventId", eventId);
            params.put("id", eventId); // overridden per path prefix below
            params.put("number", "1");
            params.put("staffId", staffId);
            params.put("type", "VISITOR");
            params.put("day", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
            params.put("code", fair.in());
            params.put("hall", fair.hall2());
            params.put("username", victim);
            byPrefix.put("/api/accounts/", Map.of());
            byPrefix.put("/api/badge-jobs/", Map.of("id", job));
            byPrefix.put("/api/badges/", Map.of("id", badge.getString("badgeId")));
            byPrefix.put("/api/booking-policy/vat-rules/", Map.of("id", vatRule));
            byPrefix.put("/api/bookings/", Map.of("id", booking));
            byPrefix.put("/api/devices/", Map.of("id", deviceId));
            byPrefix.put("/api/exhibitors/", Map.of("id", exhibitorId));
            byPrefix.put("/api/halls/", Map.of("code", fair.hall2(), "id", blackout));
            byPrefix.put("/api/invoices/", Map.of("id", invoice));
            byPrefix.put("/api/leads/", Map.of("id", lead));
            byPrefix.put("/api/outbox/", Map.of("id", outbox));
            byPrefix.put("/api/reservations/", Map.of("id", held));
            byPrefix.put("/api/tokens/", Map.of("id", token));
        }

        private final Map<String, Map<String, String>> byPrefix = new LinkedHashMap<>();

        String fill(String path) {
            Map<String, String> local = byPrefix.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(Map.of());
            Matcher m = PARAM.matcher(path);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = local.getOrDefault(name, params.get(name));
                if (value == null) {
                    throw new IllegalStateException("no value for {" + name + "} in " + path);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            String filled = sb.toString();
            return filled.equals("/api/bookings/quote") ? filled + "?hall=" + params.get("hall")
                    + "&start=2035-03-01T08:00:00%2B07:00&end=2035-03-02T17:00:00%2B07:00" : filled;
        }

        Map<String, Api> callers() {
            Map<String, Api> c = new LinkedHashMap<>();
            c.put("nobody", Api.anonymous());
            c.put("admin", Api.as("admin"));
            c.put("organizer", Api.as("organizer"));
            c.put("organizer2", Api.as(organizer2, "second-organizer-1"));
            c.put("exhibitor", TestFairs.as(exhibitor));
            c.put("exhibitor2", TestFairs.as(exhibitor2));
            c.put("gate", Api.as("gate"));
            c.put("device", Api.bearer(deviceToken));
            c.put("leads", Api.bearer(leadsToken));
            return c;
        }
    }
}
