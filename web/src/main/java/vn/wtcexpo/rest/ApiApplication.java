package vn.wtcexpo.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public HTTP API under {@code /api}; its contract is {@code shared/API.md}, its description {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "WTC Expo API", version = "1",
        description = "Halls, bookings, events, badges and gate check-in of WTC Expo, Binh Duong New City. "
                + "Errors are {\"error\": CODE, \"message\": text} in the language of Accept-Language (vi or en)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Username and password of a WTC Expo account")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token from POST /api/tokens; acts as its account with the account's current roles")
public class ApiApplication extends Application {

    public static final String TAG_VENUE = "Venue";
    public static final String TAG_VENUE_TEXT = "Halls, rooms, the outdoor area, blackout periods and hall calendars";
    public static final String TAG_BOOKING = "Hall booking";
    public static final String TAG_BOOKING_TEXT = "Ranked holds, confirmation, cancellation, quotes and the booking policy";
    public static final String TAG_EVENTS = "Events";
    public static final String TAG_EVENTS_TEXT = "Events on confirmed bookings: show days, opening hours, badge types, publishing";
    public static final String TAG_EXHIBITION = "Floor plans and exhibitors";
    public static final String TAG_EXHIBITION_TEXT = "Booths, exhibitor sign-up and profiles, booth reservations, payment requests, staff lists";
    public static final String TAG_REGISTRATION = "Registration and badges";
    public static final String TAG_REGISTRATION_TEXT = "Visitor registration, the registration desk, signed QR badges (PNG, PDF), revocations and the event's badge key";
    public static final String TAG_CHECKIN = "Check-in";
    public static final String TAG_CHECKIN_TEXT = "Gates, paired gate devices, scans at the gates, live occupancy per hall, visitor flow, exhibitors' leads, the crowd forecast and the post-show report";
}
