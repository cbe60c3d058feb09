package vn.wtcexpo.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import vn.wtcexpo.web.i18n.Texts;

/**
 * The API's answers when a caller cannot be authenticated: 401 with a challenge, 429 while throttled, 503 while the
 * server cannot tell (nothing was done; the caller sends it again).
 */
final class ApiUnauthorized {

    private ApiUnauthorized() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response) {
        var locale = Texts.firstSupported(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"WTC Expo\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"WTC Expo\"");
            JsonErrors.write(response, "UNAUTHORIZED", Texts.error(locale, "UNAUTHORIZED", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A right password that someone else chose: only POST /api/account/password is heard until it is changed. */
    static AuthenticationStatus mustChangePassword(HttpServletRequest request, HttpServletResponse response) {
        var locale = Texts.firstSupported(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            JsonErrors.write(response, "PASSWORD_CHANGE_REQUIRED", Texts.error(locale, "PASSWORD_CHANGE_REQUIRED", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The caller could not be checked (the database, or the persistence unit of a server still starting, did not
     * answer): refused, and told to come back, as any busy answer of the API.
     */
    static AuthenticationStatus busy(HttpServletRequest request, HttpServletResponse response) {
        var locale = Texts.firstSupported(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", vn.wtcexpo.rest.error.ApiErrors.RETRY_AFTER_SECONDS);
            JsonErrors.write(response, "SERVICE_BUSY", Texts.error(locale, "SERVICE_BUSY", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response, long retryAfter) {
        var locale = Texts.firstSupported(Collections.list(request.getLocales()));
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfter));
            JsonErrors.write(response, "TOO_MANY_ATTEMPTS", Texts.error(locale, "TOO_MANY_ATTEMPTS", List.of(retryAfter)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
