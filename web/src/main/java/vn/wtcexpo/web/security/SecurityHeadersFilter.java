package vn.wtcexpo.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.wtcexpo.web.i18n.Texts;

/**
 * Headers every answer carries, and the API's guard against cross-site requests.
 * <ul>
 * <li>In production ({@link Production}): plain HTTP is redirected to HTTPS, and HTTPS answers carry
 * {@code Strict-Transport-Security}.</li>
 * <li>{@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy} everywhere.</li>
 * <li>Pages: a {@code Content-Security-Policy} that allows only this origin (PrimeFaces needs inline
 * scripts and styles) and no framing ({@code frame-ancestors 'none'}).</li>
 * <li>{@code Cache-Control: no-store} on everything a signed-in person sees and on the API, so Back after
 * sign-out shows nothing private; static resources stay cacheable.</li>
 * <li>API calls that change state ({@code POST}, {@code PUT}, {@code PATCH}) must send JSON: any other
 * {@code Content-Type} is a 415, so an HTML form on another site cannot post to the API (a browser
 * would add remembered Basic credentials). A call without a body may omit the header.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (Production.isOn()) {
            if (!ClientAddress.secure(request)) {
                // 308 keeps the method and body: a client that follows it sends the same call over HTTPS
                response.setStatus(request.getMethod().equals("GET") || request.getMethod().equals("HEAD") ? 301 : 308);
                response.setHeader("Location", Production.httpsLocation(request));
                return;
            }
            response.setHeader("Strict-Transport-Security", Production.HSTS);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (api) {
            response.setHeader("Cache-Control", "no-store");
            if (WITH_BODY.contains(request.getMethod()) && !isJsonOrEmpty(request)) {
                var locale = Texts.firstSupported(Collections.list(request.getLocales()));
                response.setStatus(415);
                JsonErrors.write(response, "UNSUPPORTED_MEDIA_TYPE", Texts.error(locale, "UNSUPPORTED_MEDIA_TYPE", List.of()));
                return;
            }
        } else {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
                response.setHeader("Cache-Control", "no-store");
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isJsonOrEmpty(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            // no declared type: acceptable only without a body
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }
}
