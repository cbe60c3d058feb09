package vn.wtcexpo.rest.booking;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.PublicBooking;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.web.support.Retried;

/** A hall's confirmed bookings as an iCalendar feed (RFC 5545), for calendar apps. */
@Path("halls/{code}/calendar.ics")
@RequestScoped
@Tag(name = ApiApplication.TAG_VENUE, description = ApiApplication.TAG_VENUE_TEXT)
@Retried
public class HallCalendarResource {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    private BookingService bookings;

    @GET
    @Produces("text/calendar")
    @Operation(operationId = "hallCalendarFeed", summary = "Confirmed bookings occupying the hall (its own, its parts', combined halls over it), as iCalendar")
    public Response feed(@PathParam("code") String code) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//WTC Expo//Hall bookings//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:WTC Expo " + escape(code.toUpperCase()));
        line(ics, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        String stamp = UTC.format(Instant.now());
        for (PublicBooking b : bookings.confirmedOccupying(code)) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + b.id() + "@wtcexpo.vn");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + UTC.format(b.start()));
            line(ics, "DTEND:" + UTC.format(b.end()));
            line(ics, "SUMMARY:" + escape(b.title()));
            line(ics, "LOCATION:" + escape("WTC Expo, hall " + b.hall()));
            line(ics, "STATUS:CONFIRMED");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return Response.ok(ics.toString(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"wtc-expo-" + code.toUpperCase() + ".ics\"").build();
    }

    /** Appends a content line, folded at 75 octets as RFC 5545 asks. */
    private static void line(StringBuilder out, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            if (!first) {
                out.append(' ');
            }
            out.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
