package vn.wtcexpo.it.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestGates;

/** The crowd forecast over the API (docs/API.md, Forecast and reports), one rule per test. */
@ExtendWith(ShippedApplication.class)
class ForecastApiIT {

    private static final int VIPS_IN = 6;
    private static TestGates.Today fair;
    /** A VIP who went in and out again. */
    private static String leftAgain;
    private final Api organizer = Api.as("organizer");

    @BeforeAll
    static void aFairRunningToday_withRegisteredVisitors() {
        fair = TestGates.fair("FC", 200);
        for (int i = 0; i < 12; i++) {
            TestGates.badge(fair.eventId(), "VISITOR");
        }
        // six VIPs already in (they may enter an hour before the doors open), two of them out again
        Api gate = Api.bearer(TestGates.device(fair.eventId()));
        for (int i = 0; i < VIPS_IN; i++) {
            String code = TestGates.badge(fair.eventId(), "VIP").getString("code");
            assertEquals(200, gate.post("/api/checkins", TestGates.scan(code, fair.in(), "IN")).status());
            if (i < 2) {
                assertEquals(200, gate.post("/api/checkins", TestGates.scan(code, fair.out(), "OUT")).status());
                leftAgain = code;
            }
        }
    }

    private String path() {
        return "/api/events/" + fair.eventId() + "/forecast";
    }

    private JsonObject forecast(Api as) {
        Api.Reply r = as.get(path());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void today_isForecastForEveryHallWithGates_quarterHourByQuarterHour() {
        JsonObject f = forecast(organizer);
        assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), f.getString("day"));
        List<String> halls = f.getJsonArray("halls").getValuesAs(JsonObject.class).stream().map(h -> h.getString("hall")).toList();
        assertEquals(List.of(fair.hall1(), fair.hall2()).stream().sorted().toList(), halls.stream().sorted().toList());
        JsonObject hall = f.getJsonArray("halls").getJsonObject(0);
        assertTrue(hall.getJsonArray("slots").size() >= 4, hall.toString());
        JsonObject first = hall.getJsonArray("slots").getJsonObject(0);
        JsonObject second = hall.getJsonArray("slots").getJsonObject(1);
        assertEquals(15, java.time.Duration.between(java.time.OffsetDateTime.parse(first.getString("start")),
                java.time.OffsetDateTime.parse(second.getString("start"))).toMinutes());
    }

    @Test
    void theExpectedDay_restsOnTheRegistrations_andLiesInItsBand() {
        JsonObject f = forecast(organizer);
        assertTrue(f.getJsonObject("basis").getInt("registered") >= 12, f.toString());
        long expected = f.getJsonNumber("expectedVisitors").longValue();
        assertTrue(expected > 0, f.toString());
        assertTrue(f.getJsonNumber("expectedLow").longValue() <= expected
                && expected <= f.getJsonNumber("expectedHigh").longValue(), f.toString());
    }

    @Test
    void theSentence_isInTheCallersLanguage() {
        assertTrue(forecast(organizer.inLanguage("en")).getString("summary").startsWith("Hall "));
        assertTrue(forecast(organizer.inLanguage("vi")).getString("summary").startsWith("Sảnh "));
        assertTrue(forecast(organizer.inLanguage("en")).getJsonObject("basis").getString("note").startsWith("Based on "));
    }

    @Test
    void theLiveForecast_countsTodaysArrivals_asTheDayReplayedToNowDoes() {
        JsonObject live = forecast(organizer);
        assertEquals(VIPS_IN, live.getJsonObject("basis").getJsonNumber("admittedSoFar").longValue(), live.toString());
        // a moment after now is now: the day replayed scan by scan, not the database's tally
        String later = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusHours(1).withNano(0).toString()
                .replace("+", "%2B");
        Api.Reply replayed = organizer.get(path() + "?asOf=" + later);
        assertEquals(200, replayed.status(), replayed.body());
        assertEquals(VIPS_IN, replayed.json().getJsonObject("basis").getJsonNumber("admittedSoFar").longValue(),
                replayed.body());
    }

    @Test
    void aSecondEntryTheSameDay_isNoSecondArrival() {
        Api.Reply back = Api.bearer(TestGates.device(fair.eventId())).post("/api/checkins",
                TestGates.scan(leftAgain, fair.in(), "IN"));
        assertEquals("ADMITTED", back.json().getString("result"), back.body());
        JsonObject live = forecast(organizer);
        assertEquals(VIPS_IN, live.getJsonObject("basis").getJsonNumber("admittedSoFar").longValue(), live.toString());
    }

    @Test
    void aDayTheEventDoesNotOpen_is400() {
        Api.Reply r = organizer.get(path() + "?day=2020-01-01");
        assertEquals(400, r.status(), r.body());
        assertEquals("EVENT_DAY_UNKNOWN", r.json().getString("error"), r.body());
        assertTrue(r.json().getString("message").contains("2020-01-01"), r.body());
    }

    @Test
    void aDayThatIsNoDate_is400() {
        Api.Reply r = organizer.get(path() + "?day=tomorrow");
        assertEquals(400, r.status(), r.body());
        assertEquals("DATE_INVALID", r.json().getString("error"), r.body());
    }

    @Test
    void anotherOrganizer_findsNoSuchEvent() {
        String other = Accounts.fresh("fco", "ORGANIZER", "organizer-pass-2032");
        Api.Reply r = Api.as(other, "organizer-pass-2032").get(path());
        assertEquals(404, r.status(), r.body());
    }

    @Test
    void gateStaffAndExhibitors_mayNotAsk() {
        assertEquals(403, Api.as("gate").get(path()).status());
        assertEquals(403, Api.as("exhibitor").get(path()).status());
    }

    @Test
    void theTargetWait_isTheOrganizersOwn_andTheForecastPlansLanesForIt() {
        Api.Reply r = organizer.put(path() + "/settings", "{\"targetWaitMinutes\": 12}");
        assertEquals(200, r.status(), r.body());
        assertEquals(12, r.json().getInt("targetWaitMinutes"));
        try {
            assertEquals(12, organizer.get(path() + "/settings").json().getInt("targetWaitMinutes"));
            assertEquals(12, forecast(organizer).getInt("targetWaitMinutes"));
        } finally {
            assertEquals(200, organizer.put(path() + "/settings", "{\"targetWaitMinutes\": 5}").status());
        }
    }

    @Test
    void aTargetWaitOutsideOneToSixtyMinutes_is400() {
        for (String body : new String[] {"{\"targetWaitMinutes\": 0}", "{\"targetWaitMinutes\": 61}"}) {
            Api.Reply r = organizer.put(path() + "/settings", body);
            assertEquals(400, r.status(), r.body());
            assertEquals("TARGET_WAIT_OUT_OF_RANGE", r.json().getString("error"), r.body());
        }
        Api.Reply none = organizer.put(path() + "/settings", "{}");
        assertEquals(400, none.status(), none.body());
        assertEquals("VALUE_REQUIRED", none.json().getString("error"), none.body());
    }

    @Test
    void aBadTargetWait_is400_evenForAnEventTheCallerDoesNotManage() {
        String other = Accounts.fresh("fcw", "ORGANIZER", "organizer-pass-2032");
        Api.Reply r = Api.as(other, "organizer-pass-2032").put(path() + "/settings", "{\"targetWaitMinutes\": 0}");
        assertEquals(400, r.status(), r.body());
        Api.Reply good = Api.as(other, "organizer-pass-2032").put(path() + "/settings", "{\"targetWaitMinutes\": 8}");
        assertEquals(404, good.status(), good.body());
    }

    /** A past fair of the demo data (vn.wtcexpo.demo.DemoHistory): its id and first show day. */
    private JsonObject demoPastFair() {
        return organizer.get("/api/events?mine=true").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Packaging Fair")).findFirst().orElseThrow();
    }

    @Test
    void theVenuesPastDays_teachTheForecast() {
        JsonObject basis = forecast(organizer).getJsonObject("basis");
        assertTrue(basis.getInt("pastDays") >= 8, basis.toString());
    }

    @Test
    void aDayGoneBy_asOfItsClosing_isWhatHappened() {
        JsonObject fair = demoPastFair();
        String day = fair.getJsonArray("days").getJsonObject(0).getString("day");
        Api.Reply r = organizer.get("/api/events/" + fair.getString("id") + "/forecast?day=" + day);
        assertEquals(200, r.status(), r.body());
        JsonObject f = r.json();
        assertEquals(f.getJsonNumber("expectedLow").longValue(), f.getJsonNumber("expectedHigh").longValue(), f.toString());
        assertTrue(f.getJsonObject("basis").getJsonNumber("admittedSoFar").longValue() > 50, f.toString());
        assertTrue(f.getJsonArray("halls").getJsonObject(0).getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getBoolean("observed")));
    }

    @Test
    void aDayGoneBy_asOfItsOpening_knowsNothingOfItYet() {
        JsonObject fair = demoPastFair();
        String day = fair.getJsonArray("days").getJsonObject(0).getString("day");
        Api.Reply r = organizer.get("/api/events/" + fair.getString("id") + "/forecast?day=" + day + "&asOf=" + day
                + "T08:00:00%2B07:00");
        assertEquals(200, r.status(), r.body());
        JsonObject f = r.json();
        assertEquals(0, f.getJsonObject("basis").getJsonNumber("admittedSoFar").longValue(), f.toString());
        assertTrue(f.getJsonNumber("expectedLow").longValue() < f.getJsonNumber("expectedHigh").longValue(), f.toString());
    }

    @Test
    void theBacktest_judgesEveryHourOfEveryDayGoneBy() {
        Api.Reply r = organizer.get("/api/events/" + demoPastFair().getString("id") + "/forecast/backtest");
        assertEquals(200, r.status(), r.body());
        JsonObject b = r.json();
        assertEquals(16, b.getInt("forecasts"), b.toString()); // two days, 09:00 to 16:00
        double inBand = b.getJsonNumber("insideBand").doubleValue();
        assertTrue(inBand >= 0 && inBand <= 1, b.toString());
        JsonObject first = b.getJsonArray("rows").getJsonObject(0);
        assertTrue(first.getJsonNumber("actualVisitors").longValue() > 50, first.toString());
    }

    @Test
    void aMomentThatIsNoTime_is400() {
        Api.Reply r = organizer.get(path() + "?asOf=noon");
        assertEquals(400, r.status(), r.body());
        assertEquals("TIME_INVALID", r.json().getString("error"), r.body());
    }
}
