package vn.wtcexpo.rest.error;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.DomainErrors;
import vn.wtcexpo.web.i18n.Texts;

/** The one place where a failure becomes an API answer: a status and the JSON error body. */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    /** How long a client should wait before it tries again after a 503. */
    public static final String RETRY_AFTER_SECONDS = "2";

    private ApiErrors() {
    }

    public static Response toResponse(Throwable failure, HttpHeaders headers, SecurityContext security) {
        Locale locale = headers == null ? Texts.VI : Texts.firstSupported(headers.getAcceptableLanguages());

        DomainException domain = DomainErrors.find(failure);
        if (domain != null) {
            String message = Texts.error(locale, domain.code(), domain.args());
            return switch (domain.kind()) {
                // every field refused, each with its own message (a form's errors all at once)
                case INVALID -> respond(400, new ErrorJson(domain.code(), message, domain.all().stream()
                        .filter(d -> d.field() != null)
                        .map(d -> new ErrorJson.Violation(d.field(), Texts.error(locale, d.code(), d.args()))).toList()));
                case NOT_FOUND -> respond(404, new ErrorJson(domain.code(), message, null));
                case CONFLICT -> respond(409, new ErrorJson(domain.code(), message, null));
                case FORBIDDEN -> respond(403, new ErrorJson(domain.code(), message, null));
                case TOO_MANY -> Response.status(429).header("Retry-After", domain.args().get(0))
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorJson(domain.code(), message, null)).build();
            };
        }
        if (DatabaseFailures.isTransient(failure)) {
            // retried already (see RetriedInterceptor): the database is busy or briefly away
            LOG.warning(() -> "Answered 503 after retries: " + failure);
            return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(simple(locale, "SERVICE_BUSY")).build();
        }
        ConstraintViolationException violations = DomainErrors.findViolations(failure);
        if (violations != null) {
            List<ErrorJson.Violation> list = DomainErrors.describe(violations, locale).stream()
                    .map(v -> new ErrorJson.Violation(v[0], v[1])).toList();
            return respond(400, new ErrorJson("VALIDATION_FAILED", Texts.error(locale, "VALIDATION_FAILED", List.of()), list));
        }
        if (find(failure, EJBAccessException.class) != null || find(failure, jakarta.ejb.AccessLocalException.class) != null
                || find(failure, jakarta.ws.rs.ForbiddenException.class) != null) {
            boolean anonymous = security == null || security.getUserPrincipal() == null;
            if (anonymous) {
                return Response.status(401).header("WWW-Authenticate", "Basic realm=\"WTC Expo\", charset=\"UTF-8\"")
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(simple(locale, "UNAUTHORIZED")).build();
            }
            return respond(403, simple(locale, "FORBIDDEN"));
        }
        if (find(failure, JsonbException.class) != null || failure instanceof ProcessingException
                || failure instanceof jakarta.ws.rs.BadRequestException) {
            return respond(400, new ErrorJson("BAD_JSON", Texts.error(locale, "BAD_JSON", List.of()), List.of()));
        }
        if (failure instanceof NotFoundException) {
            return respond(404, simple(locale, "NOT_FOUND"));
        }
        if (failure instanceof NotAllowedException) {
            return respond(405, simple(locale, "METHOD_NOT_ALLOWED"));
        }
        if (failure instanceof NotSupportedException) {
            return respond(415, simple(locale, "UNSUPPORTED_MEDIA_TYPE"));
        }
        if (failure instanceof jakarta.ws.rs.NotAcceptableException) {
            return respond(406, simple(locale, "NOT_ACCEPTABLE"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return respond(status, simple(locale, status == 401 ? "UNAUTHORIZED" : status == 403 ? "FORBIDDEN" : "BAD_REQUEST"));
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return respond(500, simple(locale, "INTERNAL"));
    }

    private static ErrorJson simple(Locale locale, String code) {
        return new ErrorJson(code, Texts.error(locale, code, List.of()), null);
    }

    private static Response respond(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
