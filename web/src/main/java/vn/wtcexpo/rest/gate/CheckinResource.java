package vn.wtcexpo.rest.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.gate.application.CheckinService;
import vn.wtcexpo.gate.application.ScanRequest;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.RateLimiter;
import vn.wtcexpo.web.support.Retried;

/**
 * Scans at the gates: each answered once it is stored; a nonce sent again gets the same answer. One instance
 * for all requests (the request's headers and caller come as parameters): the busiest endpoint is not built and
 * injected again for every scan.
 */
@Path("checkins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@Retried
public class CheckinResource {

    @Inject
    private CheckinService checkins;

    @Inject
    private RateLimiter limiter;

    @POST
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "checkinsScan", summary = "A scan at a gate (gate staff, a paired gate device): ADMITTED, or DENIED with "
            + "the first reason that applies in the order UNKNOWN_CODE, BAD_SIGNATURE, REVOKED, NOT_VALID_TODAY, WRONG_ZONE, "
            + "EVENT_CLOSED, ALREADY_INSIDE, HALL_FULL. For an OUT scan ADMITTED means the exit was recorded. The same nonce "
            + "again returns the first answer (replayed: true) and records nothing")
    @APIResponse(responseCode = "200", description = "The answer (denied scans too)")
    @APIResponse(responseCode = "400", description = "A malformed scan: never recorded")
    @APIResponse(responseCode = "404", description = "GATE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "GATE_WRONG_DIRECTION")
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS, per device")
    public CheckinJson scan(CheckinInput input, @Context HttpHeaders headers, @Context SecurityContext security) {
        if (input == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        if (security.getUserPrincipal() != null) {
            limiter.hit(RateLimiter.SCANS, security.getUserPrincipal().getName());
        }
        ScanRequest request = new ScanRequest(input.code(), input.gate(), input.direction(), input.nonce(),
                input.scannedAt() == null ? null : ApiTime.in(input.scannedAt()), input.offlineResult(), input.event());
        return CheckinJson.of(checkins.scan(request), Texts.firstSupported(headers.getAcceptableLanguages()));
    }
}
