package vn.wtcexpo.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code ?lang=vi} or {@code ?lang=en} on any page switches the reader's language (kept in the cookie
 * {@value LanguageView#COOKIE} for a year, no server session) and sends the browser back to the same address without
 * the parameter (so Reload and Back do not switch again). On an error page (the address was refused or unknown) the
 * page is simply shown in the chosen language.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LanguageSwitchFilter extends HttpFilter {

    static final String PARAM = "lang";

    @Inject
    private LanguageView language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // from the address only: asking the request for a parameter would read a posted form's body before the
        // request's encoding is UTF-8, and every Vietnamese letter typed into it would arrive garbled
        String wanted = fromQuery(request.getQueryString());
        if (wanted != null && request.getDispatcherType() == DispatcherType.FORWARD) {
            // an error page (403, 404) shown for the address that carried ?lang=: shown in that language
            language.use(wanted);
            remember(request, response);
        } else if (wanted != null && "GET".equals(request.getMethod())) {
            language.use(wanted);
            remember(request, response);
            String query = without(request.getQueryString());
            response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Keeps the language in the browser for a year (SameSite=Lax; Secure over HTTPS). */
    private void remember(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(LanguageView.COOKIE, language.getCode());
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The value of {@code lang} in a query string, decoded, or null. */
    static String fromQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAM + "=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(PARAM.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** {@code uri?query} with {@code lang=language} in place of any earlier one. */
    static String withLanguage(String uri, String query, String language) {
        String rest = without(query);
        return uri + "?" + (rest.isEmpty() ? "" : rest + "&") + PARAM + "=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    private static String without(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&")).filter(p -> !p.equals(PARAM) && !p.startsWith(PARAM + "="))
                .collect(Collectors.joining("&"));
    }
}
