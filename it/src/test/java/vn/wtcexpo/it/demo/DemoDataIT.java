package vn.wtcexpo.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * The demo data is history played through the application services, each use case as its person at its moment
 * ({@code vn.wtcexpo.demo}, {@code infrastructure.security.Replay}): what it left must show who did what, when, and
 * under which rule, exactly as if the people had used the pages.
 */
@ExtendWith(ShippedApplication.class)
class DemoDataIT {

    private final Api organizer = Api.as("organizer");

    private JsonObject demoFairBooking() {
        return organizer.get("/api/bookings?hall=AB").array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("title").startsWith("Hội chợ Gỗ & Nội thất Việt Nam")).findFirst().orElseThrow();
    }

    private List<JsonObject> demoFairReservations() {
        String eventId = organizer.get("/api/events").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Vietnam Wood & Furniture Fair"))
                .findFirst().orElseThrow().getString("id");
        Api.Reply r = organizer.get("/api/reservations?event=" + eventId);
        assertEquals(200, r.status(), r.body());
        return r.array().getValuesAs(JsonObject.class);
    }

    @Test
    void theFair_wasBookedByTheOrganizerWeeksAgo_andConfirmedByTheVenueTheDayAfter() {
        JsonObject b = demoFairBooking();
        assertEquals("organizer", b.getString("organizer"));
        assertEquals("CONFIRMED", b.getString("status"));
        OffsetDateTime requested = OffsetDateTime.parse(b.getString("requestedAt"));
        OffsetDateTime confirmed = OffsetDateTime.parse(b.getString("confirmedAt"));
        assertTrue(requested.isBefore(OffsetDateTime.now().minusDays(45)), "requested " + requested);
        assertEquals(Duration.ofDays(1), Duration.between(requested, confirmed));
    }

    @Test
    void theSampleCompanies_heldBoothsThemselves_andPaidThroughPaymentRequests() {
        List<JsonObject> all = demoFairReservations();
        assertTrue(all.stream().anyMatch(r -> "SOLD".equals(r.getString("status"))
                && "PAID".equals(r.getJsonObject("invoice").getString("status"))), "a booth sold and paid");
        // a round paid its deposit only: the event's 30 % of the gross, the booths reserved, not yet sold
        JsonObject part = all.stream().filter(r -> r.containsKey("invoice") && !r.isNull("invoice")
                && "PART_PAID".equals(r.getJsonObject("invoice").getString("status"))).findFirst().orElseThrow();
        JsonObject invoice = part.getJsonObject("invoice");
        assertEquals(invoice.getJsonNumber("depositVnd").longValue(), invoice.getJsonNumber("paidVnd").longValue());
        assertEquals("RESERVED", part.getString("status"));
        // no company holds more booths at once than the event allows (3)
        assertTrue(all.stream().filter(r -> "ON_HOLD".equals(r.getString("status")))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.getJsonObject("exhibitor").getString("id"),
                        java.util.stream.Collectors.counting())).values().stream().allMatch(n -> n <= 3));
    }

    @Test
    void theDemoExhibitorsHold_runsForTheEventsHoldDays_fromWhenItWasPlaced() {
        JsonObject hold = Api.as("exhibitor").get("/api/reservations").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> "ON_HOLD".equals(r.getString("status"))).findFirst().orElseThrow();
        OffsetDateTime placed = OffsetDateTime.parse(hold.getString("requestedAt"));
        OffsetDateTime expires = OffsetDateTime.parse(hold.getString("holdExpiresAt"));
        assertEquals(Duration.ofDays(14), Duration.between(placed, expires));
        assertTrue(placed.isBefore(OffsetDateTime.now().minusMinutes(30)), "placed " + placed);
    }

    @Test
    void theEmailsOfThatPast_neitherWaitNorFail() {
        for (String status : List.of("PENDING", "FAILED")) {
            Api.Reply r = Api.as("admin").get("/api/outbox?status=" + status + "&limit=1000");
            assertEquals(200, r.status(), r.body());
            assertFalse(r.array().getValuesAs(JsonObject.class).stream()
                    .map(m -> m.getString("to", ""))
                    .anyMatch(to -> to.matches("(khach|khach\\.cn|sales\\.|nhanvien|gianhang)[0-9]*@example\\.vn")),
                    status + ": " + r.body());
        }
    }
}
