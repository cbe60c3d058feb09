package vn.wtcexpo.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves the API's OpenAPI document at {@code /openapi}: YAML, or JSON with {@code ?format=JSON} or
 * {@code Accept: application/json}. The document is generated at build time from the resources'
 * annotations (smallrye-open-api-maven-plugin), so it describes exactly the code that was built, and
 * is valid OpenAPI 3 (checked by a parser in the test suite).
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final String FOLDER = "/vn/wtcexpo/rest/openapi/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        boolean json = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("application/json") && !accept.contains("yaml"));
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(FOLDER + (json ? "openapi.json" : "openapi.yaml"))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] document = in.readAllBytes();
            response.setContentType(json ? "application/json" : "application/yaml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setContentLength(document.length);
            response.getOutputStream().write(document);
        }
    }
}
