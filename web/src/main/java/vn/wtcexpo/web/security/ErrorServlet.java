package vn.wtcexpo.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.web.i18n.Texts;

/**
 * Every error the container answers itself (403 of a security constraint, 404 of an unknown page,
 * 500 of an unexpected failure) comes here: JSON under {@code /api/}, a friendly page elsewhere.
 * Never a stack trace.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object statusAttr = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttr instanceof Integer s ? s : 500;
        Object uriAttr = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = uriAttr == null ? request.getRequestURI() : uriAttr.toString();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            LOG.log(Level.SEVERE, "Unhandled failure on " + uri, failure);
        }
        String path = uri.substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            String code = switch (status) {
                case 401 -> "UNAUTHORIZED";
                case 403 -> "FORBIDDEN";
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 413 -> "PAYLOAD_TOO_LARGE";
                default -> status >= 500 ? "INTERNAL" : "BAD_REQUEST";
            };
            var locale = Texts.firstSupported(Collections.list(request.getLocales()));
            response.resetBuffer();
            response.setStatus(status);
            JsonErrors.write(response, code, Texts.error(locale, code, List.of()));
            return;
        }
        response.setStatus(status);
        request.setAttribute("wtcexpo.errorStatus", status);
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }
}
