package vn.wtcexpo.it.support;

import static vn.wtcexpo.it.support.TestFairs.expect;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Fairs that run today, for the gates: two fresh halls (the first with a small capacity), booked from a few
 * minutes from now until the end of tomorrow, one published event on both, and gates into them. Staff badges
 * enter at any time of a valid day; visitors only in the opening hours, which start an hour from now.
 */
public final class TestGates {

    private TestGates() {
    }

    /** A fair running today: its halls, its event, its gates {@code <hall1>-IN} (IN), {@code <hall1>-OUT} (OUT), {@code <hall2>-BOTH}. */
    public record Today(String hall1, String hall2, String eventId) {
        public String in() { return hall1 + "-IN"; }
        public String out() { return hall1 + "-OUT"; }
        public String both() { return hall2 + "-BOTH"; }
    }

    /** A fair running today whose first hall holds {@code capacity} people. */
    public static Today fair(String prefix, int capacity) {
        ZonedDateTime now = ZonedDateTime.now(TestHalls.VIETNAM);
        if (now.toLocalTime().isAfter(LocalTime.of(23, 45))) {
            // too close to midnight for a booking that starts later today: wait for tomorrow
            sleep(ChronoUnit.MILLIS.between(now, now.toLocalDate().plusDays(1).atStartOfDay(TestHalls.VIETNAM)) + 60_000);
            now = ZonedDateTime.now(TestHalls.VIETNAM);
        }
        LocalDate today = now.toLocalDate();
        String hall1 = hall(prefix, capacity);
        // an outline, so that the organizer can draw booths on it
        expect(200, Api.as("admin").put("/api/halls/" + hall1 + "/outline", """
                {"widthM": 30, "depthM": 20, "features": []}
                """));
        String hall2 = hall(prefix, 500);
        ZonedDateTime start = now.plusMinutes(3).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime opens = now.plusMinutes(60).truncatedTo(ChronoUnit.MINUTES);
        if (!opens.toLocalDate().equals(today)) {
            opens = today.atTime(23, 59).atZone(TestHalls.VIETNAM);
        }
        String end = TestHalls.day(today.plusDays(2));
        String b1 = booking(hall1, start, end);
        String b2 = booking(hall2, start, end);
        Api organizer = Api.as("organizer");
        String eventId = expect(201, organizer.post("/api/events", """
                {"name": {"vi": "Hội chợ hôm nay %s", "en": "Today's fair %s"}, "bookingIds": ["%s", "%s"],
                 "start": "%s", "end": "%s"}
                """.formatted(hall1, hall1, b1, b2, opens.toOffsetDateTime(), end))).json().getString("id");
        expect(200, organizer.post("/api/events/" + eventId + "/publish", "{}"));
        gate(eventId, hall1 + "-IN", hall1, "IN");
        gate(eventId, hall1 + "-OUT", hall1, "OUT");
        gate(eventId, hall2 + "-BOTH", hall2, "BOTH");
        return new Today(hall1, hall2, eventId);
    }

    public static void gate(String eventId, String code, String hall, String direction) {
        expect(201, Api.as("organizer").post("/api/events/" + eventId + "/gates", """
                {"code": "%s", "hall": "%s", "direction": "%s"}
                """.formatted(code, hall, direction)));
    }

    /** A badge of {@code type} made at the desk; returns the badge (with its code). */
    public static JsonObject badge(String eventId, String type) {
        String name = "Khách " + UUID.randomUUID().toString().substring(0, 8);
        return expect(201, Api.as("organizer").post("/api/events/" + eventId + "/registrations", """
                {"fullName": "%s", "email": "%s@example.vn", "company": "Công ty TNHH Cổng", "locale": "vi", "type": "%s"}
                """.formatted(name, UUID.randomUUID(), type))).json();
    }

    /** A scan body with a fresh nonce. */
    public static String scan(String code, String gate, String direction) {
        return scan(code, gate, direction, UUID.randomUUID().toString());
    }

    public static String scan(String code, String gate, String direction, String nonce) {
        return """
                {"code": "%s", "gate": "%s", "direction": "%s", "nonce": "%s"}
                """.formatted(code, gate, direction, nonce);
    }

    /** A fresh exhibitor company with a booth (number 1) reserved at the fair; returns its username. */
    public static String exhibitorWithBooth(Today f) {
        return exhibitorWithBoothNumbered(f, "1");
    }

    /** A fresh exhibitor company with booth {@code number} (1–9) reserved at the fair; returns its username. */
    public static String exhibitorWithBoothNumbered(Today f, String number) {
        TestFairs.Fair fair = new TestFairs.Fair(f.hall1(), null, f.eventId());
        expect(201, Api.as("organizer").post(fair.booths(), """
                {"number": "%s", "hall": "%s", "xM": %s, "yM": 2, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": %d}
                """.formatted(number, f.hall1(), 2 + 3.5 * (Integer.parseInt(number) - 1), TestFairs.BOOTH_PRICE)));
        String ex = TestFairs.exhibitor("lx");
        expect(201, TestFairs.as(ex).post(fair.booths() + "/" + number + "/reservations", "{}"));
        return ex;
    }

    /** Pairs a gate device to the event; returns its token. */
    public static String device(String eventId) {
        return expect(201, Api.as("organizer").post("/api/events/" + eventId + "/devices", """
                {"name": "Điện thoại cổng thử"}
                """)).json().getString("token");
    }

    private static String hall(String prefix, int capacity) {
        String code = Api.uniqueCode(prefix);
        expect(201, Api.as("admin").post("/api/halls", """
                {"code": "%s", "name": {"vi": "Sảnh %s", "en": "Hall %s"}, "areaSqm": 1000, "capacity": %d,
                 "parts": [], "dayRateVnd": 100000000}
                """.formatted(code, code, code, capacity)));
        return code;
    }

    private static String booking(String hall, ZonedDateTime start, String end) {
        Api.Reply b = expect(201, Api.as("organizer").post("/api/bookings", """
                {"hall": "%s", "title": "Hội chợ hôm nay %s", "start": "%s", "end": "%s"}
                """.formatted(hall, hall, start.toOffsetDateTime(), end)));
        String id = b.json().getString("id");
        expect(200, Api.as("admin").post("/api/bookings/" + id + "/confirm", "{}"));
        return id;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
