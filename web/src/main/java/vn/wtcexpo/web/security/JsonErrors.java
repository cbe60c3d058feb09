package vn.wtcexpo.web.security;

import jakarta.json.spi.JsonProvider;
import vn.wtcexpo.web.support.Jsons;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the API's error body from servlet code (outside JAX-RS). */
public final class JsonErrors {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    private JsonErrors() {
    }

    public static void write(HttpServletResponse response, String code, String message) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String body = JSON.createObjectBuilder().add("error", code).add("message", message).build().toString();
        response.getWriter().write(body);
    }
}
