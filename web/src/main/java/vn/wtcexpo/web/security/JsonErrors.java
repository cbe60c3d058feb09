package vn.wtcexpo.web.security;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the API's error body from servlet code (outside JAX-RS). */
public final class JsonErrors {

    /**
     * One provider for the class: {@code Json.createObjectBuilder()} looks the provider up through the service
     * loader on every call, which took most of the public event page's time (measured with JFR, issue 20).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonErrors() {
    }

    public static void write(HttpServletResponse response, String code, String message) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String body = JSON.createObjectBuilder().add("error", code).add("message", message).build().toString();
        response.getWriter().write(body);
    }
}
