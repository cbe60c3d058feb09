package vn.wtcexpo.it.support;

import jakarta.json.JsonObject;

/**
 * Fresh fairs for tests: a new hall 30 m × 20 m with a pillar at (15 m, 10 m), confirmed for the demo
 * organizer on 10–13 August 2032, an event on it; and fresh exhibitor companies made the way the venue
 * makes them (an account, then the company profile), so that no test spends the sign-up rate limit.
 */
public final class TestFairs {

    public static final String PASSWORD = "exhibit-2032-secret";
    /** 9 m² booths at 30,000,000 VND; VAT is 10% in 2032. */
    public static final long BOOTH_PRICE = 30_000_000L;

    private TestFairs() {
    }

    /** A hall, its confirmed booking and an event on it. */
    public record Fair(String hall, String bookingId, String eventId) {
        public String booths() {
            return "/api/events/" + eventId + "/booths";
        }
    }

    /** A hall with an outline and a confirmed booking of it (no event yet). */
    public static Fair booked(String prefix) {
        String hall = TestHalls.plain(prefix);
        expect(200, Api.as("admin").put("/api/halls/" + hall + "/outline", """
                {"widthM": 30, "depthM": 20, "features": [{"kind": "PILLAR", "xM": 15, "yM": 10, "widthM": 0.8, "depthM": 0.8, "label": "P1"}]}
                """));
        Api.Reply b = expect(201, Api.as("organizer").post("/api/bookings", """
                {"hall": "%s", "title": "Hội chợ thử %s", "start": "2032-08-10T00:00:00+07:00", "end": "2032-08-14T00:00:00+07:00"}
                """.formatted(hall, hall)));
        String bookingId = b.json().getString("id");
        expect(200, Api.as("admin").post("/api/bookings/" + bookingId + "/confirm", "{}"));
        return new Fair(hall, bookingId, null);
    }

    /** A draft event on a fresh booked hall. */
    public static Fair draft(String prefix) {
        Fair f = booked(prefix);
        Api.Reply e = expect(201, Api.as("organizer").post("/api/events", event(f.bookingId(), "Hội chợ " + f.hall())));
        return new Fair(f.hall(), f.bookingId(), e.json().getString("id"));
    }

    /** A published event on a fresh booked hall. */
    public static Fair published(String prefix) {
        Fair f = draft(prefix);
        expect(200, Api.as("organizer").post("/api/events/" + f.eventId() + "/publish", "{}"));
        return f;
    }

    public static String event(String bookingId, String name) {
        return """
                {"name": {"vi": "%s", "en": "%s (EN)"}, "description": {"vi": "Mô tả", "en": "About"},
                 "bookingIds": ["%s"], "start": "2032-08-10T09:00:00+07:00", "end": "2032-08-13T17:00:00+07:00"}
                """.formatted(name, name, bookingId);
    }

    /** A 3 m × 3 m booth at (x, y) metres. */
    public static JsonObject booth(Fair f, String number, double x, double y) {
        return expect(201, Api.as("organizer").post(f.booths(), """
                {"number": "%s", "xM": %s, "yM": %s, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": %d}
                """.formatted(number, x, y, BOOTH_PRICE))).json();
    }

    /** A new exhibitor account with its company profile; returns the username (password {@link #PASSWORD}). */
    public static String exhibitor(String prefix) {
        String username = Accounts.fresh(prefix, "EXHIBITOR", PASSWORD);
        expect(200, Api.as(username, PASSWORD).put("/api/exhibitors/me", profile("Công ty " + username, "0100233488")));
        return username;
    }

    /** A valid tax code no test has used: a company signs up once per tax code. */
    public static String freshTaxCode() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String stem = "03" + String.format("%07d", random.nextInt(1, 10_000_000));
            for (int d = 0; d < 10; d++) {
                if (vn.wtcexpo.exhibition.model.TaxCode.valid(stem + d)) {
                    return stem + d;
                }
            }
        }
    }

    public static String profile(String company, String taxCode) {
        return """
                {"companyName": "%s", "taxCode": "%s", "address": "Số 1 Đại lộ Bình Dương, Thủ Dầu Một",
                 "contactName": "Nguyễn Văn Ánh", "email": "contact@example.vn", "phone": "0274 3812 345",
                 "products": "Máy chế biến gỗ", "categories": ["WOODWORKING_MACHINERY"]}
                """.formatted(company, taxCode);
    }

    public static Api as(String exhibitor) {
        return Api.as(exhibitor, PASSWORD);
    }

    public static Api.Reply expect(int status, Api.Reply r) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r);
        }
        return r;
    }
}
