package vn.wtcexpo.it.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/** Events on confirmed bookings through the API, one rule per test. */
@ExtendWith(ShippedApplication.class)
class EventApiIT {

    private final Api organizer = Api.as("organizer");

    @Test
    void anEventOnAConfirmedBooking_isADraftInItsHall() {
        TestFairs.Fair f = TestFairs.booked("EV");
        Api.Reply r = organizer.post("/api/events", TestFairs.event(f.bookingId(), "Hội chợ Gỗ"));
        assertEquals(201, r.status(), r.body());
        JsonObject e = r.json();
        assertEquals("DRAFT", e.getString("status"));
        assertEquals(f.hall(), e.getJsonArray("halls").getString(0));
        assertEquals(4, e.getJsonArray("days").size());
        assertEquals("09:00", e.getJsonArray("days").getJsonObject(0).getString("opens"));
        assertEquals("2032-08-10T09:00:00+07:00", e.getString("start"));
    }

    @Test
    void aTentativeBooking_isBOOKING_NOT_CONFIRMED() {
        String hall = TestHalls.plain("EV");
        String id = organizer.post("/api/bookings", TestHalls.booking(hall, "Chưa xác nhận",
                java.time.LocalDate.of(2032, 8, 10), java.time.LocalDate.of(2032, 8, 13))).json().getString("id");
        Api.Reply r = organizer.post("/api/events", TestFairs.event(id, "Sự kiện"));
        assertEquals(409, r.status(), r.body());
        assertEquals("BOOKING_NOT_CONFIRMED", r.json().getString("error"));
    }

    @Test
    void anotherOrganizersBooking_is404() {
        TestFairs.Fair f = TestFairs.booked("EV");
        String other = Accounts.fresh("org", "ORGANIZER", "organizer-pass-2032");
        Api.Reply r = Api.as(other, "organizer-pass-2032").post("/api/events", TestFairs.event(f.bookingId(), "Của người khác"));
        assertEquals(404, r.status(), r.body());
    }

    @Test
    void daysOutsideTheBooking_are400() {
        TestFairs.Fair f = TestFairs.booked("EV");
        Api.Reply r = organizer.inLanguage("en").post("/api/events", """
                {"name": {"vi": "Quá ngày", "en": "Too long"}, "bookingIds": ["%s"],
                 "start": "2032-08-12T09:00:00+07:00", "end": "2032-08-15T17:00:00+07:00"}
                """.formatted(f.bookingId()));
        assertEquals(400, r.status(), r.body());
        assertEquals("EVENT_OUTSIDE_BOOKINGS", r.json().getString("error"));
        assertTrue(r.json().getString("message").contains("2032-08-14"), r.body());
    }

    @Test
    void openingHoursOutsideTheTimeTheBookingHoldsTheHall_are400() {
        // the hall is booked from 08:00 on 10 August to 18:00 on 12 August: another booking may have it before, after
        String hall = TestHalls.plain("EH");
        String booking = organizer.post("/api/bookings", """
                {"hall": "%s", "title": "Hội chợ theo giờ", "start": "2032-08-10T08:00:00+07:00", "end": "2032-08-12T18:00:00+07:00"}
                """.formatted(hall)).json().getString("id");
        assertEquals(200, Api.as("admin").post("/api/bookings/" + booking + "/confirm", "{}").status());

        Api.Reply early = organizer.inLanguage("en").post("/api/events", """
                {"name": {"vi": "Mở sớm", "en": "Opens early"}, "bookingIds": ["%s"],
                 "start": "2032-08-10T07:00:00+07:00", "end": "2032-08-12T17:00:00+07:00"}
                """.formatted(booking));
        assertEquals(400, early.status(), early.body());
        assertEquals("EVENT_HOURS_OUTSIDE_BOOKINGS", early.json().getString("error"));
        assertTrue(early.json().getString("message").contains("2032-08-10 08:00"), early.body());

        Api.Reply made = organizer.post("/api/events", """
                {"name": {"vi": "Đúng giờ", "en": "On time"}, "bookingIds": ["%s"],
                 "start": "2032-08-10T09:00:00+07:00", "end": "2032-08-12T17:00:00+07:00"}
                """.formatted(booking));
        assertEquals(201, made.status(), made.body());
        String event = made.json().getString("id");
        Api.Reply late = organizer.put("/api/events/" + event + "/days/2032-08-12", "{\"opens\": \"09:00\", \"closes\": \"20:00\"}");
        assertEquals(400, late.status(), late.body());
        assertEquals("EVENT_HOURS_OUTSIDE_BOOKINGS", late.json().getString("error"));
        Api.Reply evening = organizer.put("/api/events/" + event + "/days/2032-08-11", "{\"opens\": \"09:00\", \"closes\": \"22:00\"}");
        assertEquals(200, evening.status(), "a middle day is booked all day: " + evening.body());
    }

    @Test
    void aBadNameIsRefusedBeforeTheBookingIsLookedAt() {
        Api.Reply r = organizer.post("/api/events", """
                {"name": {"vi": "", "en": "x"}, "bookingIds": ["no-such-booking"],
                 "start": "2032-08-12T09:00:00+07:00", "end": "2032-08-13T17:00:00+07:00"}
                """);
        assertEquals(400, r.status(), r.body());
        assertEquals("name.vi", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void aBookingCarriesOneEvent() {
        TestFairs.Fair f = TestFairs.draft("EV");
        Api.Reply r = organizer.post("/api/events", TestFairs.event(f.bookingId(), "Lần hai"));
        assertEquals(409, r.status(), r.body());
        assertEquals("BOOKING_HAS_EVENT", r.json().getString("error"));
    }

    @Test
    void aDraft_isHiddenFromEveryoneButItsOrganizer_untilPublished() {
        TestFairs.Fair f = TestFairs.draft("EV");
        assertEquals(404, Api.anonymous().get("/api/events/" + f.eventId()).status());
        assertEquals(404, Api.as("exhibitor").get("/api/events/" + f.eventId()).status());
        assertEquals(200, organizer.get("/api/events/" + f.eventId()).status());
        assertFalse(Api.anonymous().get("/api/events").body().contains(f.eventId()));

        Api.Reply p = organizer.post("/api/events/" + f.eventId() + "/publish", "{}");
        assertEquals("PUBLISHED", p.json().getString("status"), p.body());
        assertEquals(200, Api.anonymous().get("/api/events/" + f.eventId()).status());
        assertTrue(Api.anonymous().get("/api/events").body().contains(f.eventId()));
    }

    @Test
    void anotherOrganizer_cannotPublish() {
        TestFairs.Fair f = TestFairs.draft("EV");
        String other = Accounts.fresh("org", "ORGANIZER", "organizer-pass-2032");
        assertEquals(404, Api.as(other, "organizer-pass-2032").post("/api/events/" + f.eventId() + "/publish", "{}").status());
    }

    @Test
    void everyBadgeType_isThere_andItsDaysCanBeNarrowed() {
        TestFairs.Fair f = TestFairs.draft("EV");
        JsonObject e = organizer.get("/api/events/" + f.eventId()).json();
        assertEquals(6, e.getJsonArray("badgeTypes").size());
        Api.Reply r = organizer.put("/api/events/" + f.eventId() + "/badge-types/PRESS",
                "{\"days\": [\"2032-08-10\"], \"halls\": [\"" + f.hall() + "\"]}");
        assertEquals(200, r.status(), r.body());
        JsonObject press = r.json().getJsonArray("badgeTypes").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals("PRESS")).findFirst().orElseThrow();
        assertEquals(1, press.getJsonArray("days").size());
        assertEquals(400, organizer.put("/api/events/" + f.eventId() + "/badge-types/PRESS",
                "{\"days\": [\"2032-09-01\"], \"halls\": [\"" + f.hall() + "\"]}").status());
    }

    @Test
    void openingHours_changePerDay() {
        TestFairs.Fair f = TestFairs.draft("EV");
        Api.Reply r = organizer.put("/api/events/" + f.eventId() + "/days/2032-08-13", "{\"opens\": \"09:00\", \"closes\": \"14:00\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("2032-08-13T14:00:00+07:00", r.json().getString("end"));
        assertEquals(400, organizer.put("/api/events/" + f.eventId() + "/days/2032-08-13",
                "{\"opens\": \"15:00\", \"closes\": \"14:00\"}").status());
    }

    @Test
    void anEventWithHeldBooths_staysPublished() {
        TestFairs.Fair f = TestFairs.published("EV");
        TestFairs.booth(f, "1", 0, 0);
        String ex = TestFairs.exhibitor("ex");
        assertEquals(201, TestFairs.as(ex).post(f.booths() + "/1/reservations", "{}").status());
        Api.Reply r = organizer.post("/api/events/" + f.eventId() + "/unpublish", "{}");
        assertEquals(409, r.status(), r.body());
        assertEquals("EVENT_HAS_EXHIBITORS", r.json().getString("error"));
    }

    @Test
    void aBookingThatCarriesAnEvent_cannotBeCancelled() {
        TestFairs.Fair f = TestFairs.draft("EV");
        Api.Reply r = organizer.post("/api/bookings/" + f.bookingId() + "/cancel", "{}");
        assertEquals(409, r.status(), r.body());
        assertEquals("BOOKING_CARRIES_EVENT", r.json().getString("error"));
    }
}
