package vn.wtcexpo.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.security.JsonErrors;

/** The API reads small JSON documents: a body above 256 KiB is refused with 413 before anything parses it. */
@WebFilter("/api/*")
public class BodyLimitFilter extends HttpFilter {

    public static final long MAX_BODY_BYTES = 256 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            var locale = Texts.firstSupported(Collections.list(request.getLocales()));
            response.setStatus(413);
            JsonErrors.write(response, "PAYLOAD_TOO_LARGE", Texts.error(locale, "PAYLOAD_TOO_LARGE", List.of()));
            return;
        }
        chain.doFilter(request, response);
    }
}
