package vn.wtcexpo.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API, as a gate or a partner would call it. */
public final class Api {

    public static final String BASE = System.getProperty("wtc.baseUrl", "http://localhost:8080");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final String language;
    private final String base;

    private Api(String authorization, String language) {
        this(authorization, language, BASE);
    }

    private Api(String authorization, String language, String base) {
        this.authorization = authorization;
        this.language = language;
        this.base = base;
    }

    /** The same caller, talking to another server (one instance of a cluster, bypassing the load balancer). */
    public Api on(String otherBase) {
        return new Api(authorization, language, otherBase);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    /** Demo users have the password {@code demo}. */
    public static Api as(String user) {
        return as(user, "demo");
    }

    public static Api as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("Basic " + token, null);
    }

    /** A caller with an API token ({@code Authorization: Bearer}). */
    public static Api bearer(String token) {
        return new Api("Bearer " + token, null);
    }

    public Api inLanguage(String language) {
        return new Api(authorization, language, base);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET that asks for another media type than JSON (calendars, images, PDFs). */
    public Reply getAccepting(String path, String mediaType) {
        return send("GET", path, null, null, false, mediaType);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    /**
     * Posts with {@code Expect: 100-continue}, as careful clients send large bodies: a server that refuses
     * the body (413) answers before it is sent.
     */
    public Reply postExpectingContinue(String path, String json) {
        return send("POST", path, json, "application/json", true);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, false);
    }

    private Reply send(String method, String path, String body, String contentType, boolean expectContinue) {
        return send(method, path, body, contentType, expectContinue, "application/json");
    }

    private Reply send(String method, String path, String body, String contentType, boolean expectContinue,
                       String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .expectContinue(expectContinue)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.header("Accept", accept);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** A GET of a binary document (an image, a PDF), by path or absolute URL: status, content type and the bytes. */
    public Binary bytes(String path) {
        URI target = URI.create(path.startsWith("http://") || path.startsWith("https://") ? path : base + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** A binary HTTP answer. */
    public record Binary(int status, String contentType, byte[] body) {
    }

    /** An HTTP answer. */
    public record Reply(int status, String body, String contentType, java.util.Map<String, java.util.List<String>> headers) {

        public Reply(int status, String body, String contentType) {
            this(status, body, contentType, java.util.Map.of());
        }

        /** The first value of a response header (case-insensitive), or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().isEmpty() ? null : e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A hall code nobody else uses, so tests never depend on each other's data. */
    public static String uniqueCode(String prefix) {
        String suffix = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        return (prefix + suffix).substring(0, Math.min(10, prefix.length() + suffix.length()));
    }
}
