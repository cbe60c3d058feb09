package vn.wtcexpo.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import vn.wtcexpo.web.i18n.Texts;

/** The 401 answer of the API: a JSON error body and a Basic challenge. */
final class ApiUnauthorized {

    private ApiUnauthorized() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response) {
        var locale = Texts.firstSupported(Collections.list(request.getLocales()));
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"WTC Expo\", charset=\"UTF-8\"");
            JsonErrors.write(response, "UNAUTHORIZED", Texts.error(locale, "UNAUTHORIZED", java.util.List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
