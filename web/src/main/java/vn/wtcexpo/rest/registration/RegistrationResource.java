package vn.wtcexpo.rest.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.registration.application.BadgeService;
import vn.wtcexpo.registration.application.Registration;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.registration.RegistrationExport;
import vn.wtcexpo.web.support.RateLimiter;
import vn.wtcexpo.web.support.Retried;
import vn.wtcexpo.web.support.Spreadsheets;

/**
 * An event's registrations: visitors register (anyone, rate limited per address), the desk registers
 * walk-ins and searches, the organizer reads and exports them.
 */
@Path("events/{id}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_REGISTRATION, description = ApiApplication.TAG_REGISTRATION_TEXT)
@Retried
public class RegistrationResource {

    @Inject

    private RegistrationService registrations;


    @Inject

    private BadgeService badgeService;

    @Context
    private UriInfo uri;

    @Inject
    private RateLimiter limiter;

    @Context
    private HttpServletRequest request;

    @Context
    private SecurityContext security;

    @Context
    private HttpHeaders headers;

    @PathParam("id")
    private String eventId;

    @POST
    @Operation(operationId = "registrationsRegister", summary = "Registers a visitor (anyone, for a published event whose "
            + "registration is open; 30 per client address and event per 10 minutes). An e-mail already registered (in any letter case) "
            + "answers 202 {\"status\": \"ALREADY_REGISTERED\"} and nothing of that person; the badge is e-mailed to the stored address again "
            + "(at most once in five minutes, never a revoked one), also when registration has closed or is full since. The event's organizer, "
            + "signed in, registers walk-ins of any badge type but EXHIBITOR_STAFF (\"type\") without that limit, and sees the existing badge "
            + "(200) of an e-mail already registered.")
    @APIResponse(responseCode = "201", description = "The new badge")
    @APIResponse(responseCode = "202", description = "ALREADY_REGISTERED: the badge was sent to the stored e-mail again; nothing else is shown")
    @APIResponse(responseCode = "200", description = "The desk only: the e-mail's existing badge")
    @APIResponse(responseCode = "400", description = "EMAIL_INVALID, PHONE_INVALID, TEXT_TOO_LONG, INTEREST_UNKNOWN, bad input")
    @APIResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also for an unpublished event)")
    @APIResponse(responseCode = "409", description = "REGISTRATION_CLOSED, REGISTRATION_FULL, BADGE_REVOKED")
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS, with Retry-After")
    public Response register(RegistrationInput input) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        String language = Texts.firstSupported(headers.getAcceptableLanguages()).getLanguage();
        Registration r;
        if (security.getUserPrincipal() != null && registrations.worksDesk(eventId)) {
            BadgeKind kind = input.type() == null ? BadgeKind.VISITOR : kind(input.type());
            r = registrations.registerAtDesk(eventId, kind, input.form(language));
        } else {
            if (input.type() != null && !"VISITOR".equals(input.type())) {
                throw DomainException.invalid("type", "BADGE_KIND_DESK_ONLY");
            }
            // bad input and closed events are refused for free; only a registration that would be stored counts
            registrations.check(eventId, input.form(language));
            limiter.hit(RateLimiter.REGISTRATION, vn.wtcexpo.web.security.ClientAddress.key(request) + "|" + eventId);
            r = registrations.register(eventId, input.form(language));
        }
        if (!r.showsBadge()) {
            return Response.accepted(new AlreadyRegisteredJson("ALREADY_REGISTERED")).build();
        }
        BadgeJson badge = BadgeJson.of(r.badge(), BadgeJson.origin(uri));
        return Response.status(r.created() ? 201 : 200).entity(badge).build();
    }

    @GET
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registrationsSearch", summary = "The desk's search by name, company, e-mail or phone, with or "
            + "without diacritics (the latest registrations when q is empty; organizer, venue admin)")
    public List<BadgeJson> search(@QueryParam("q") String q, @QueryParam("max") Integer max) {
        String origin = BadgeJson.origin(uri);
        return badgeService.search(eventId, q, max == null ? 50 : max).stream().map(b -> BadgeJson.of(b, origin)).toList();
    }

    @GET
    @Path("stats")
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registrationsStats", summary = "Active badges per badge type and per day of registration (Vietnam time)")
    public StatsJson stats() {
        return StatsJson.of(registrations.stats(eventId));
    }

    @GET
    @Path("export.csv")
    @Produces({Spreadsheets.CSV, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registrationsCsv", summary = "All badges of the event as CSV (UTF-8 with BOM)")
    @APIResponse(responseCode = "200", description = "text/csv")
    public Response csv(@QueryParam("type") String type) {
        return Response.ok(Spreadsheets.csv(rows(type)), Spreadsheets.CSV)
                .header("Content-Disposition", "attachment; filename=\"registrations.csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces({Spreadsheets.XLSX, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "registrationsXlsx", summary = "All badges of the event as an Excel workbook")
    @APIResponse(responseCode = "200", description = "xlsx")
    public Response xlsx(@QueryParam("type") String type) {
        return Response.ok(Spreadsheets.xlsx("Registrations", rows(type)), Spreadsheets.XLSX)
                .header("Content-Disposition", "attachment; filename=\"registrations.xlsx\"").build();
    }

    private List<List<Object>> rows(String type) {
        Locale locale = Texts.firstSupported(headers.getAcceptableLanguages());
        return RegistrationExport.rows(badgeService.badges(eventId, type == null ? null : kind(type)), locale);
    }

    static BadgeKind kind(String type) {
        try {
            return BadgeKind.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("type", "BADGE_KIND_UNKNOWN");
        }
    }
}
