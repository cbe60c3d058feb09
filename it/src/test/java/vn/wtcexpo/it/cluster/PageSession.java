package vn.wtcexpo.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signed in on the pages, as a browser is: the login form posted, then the session's cookies (Payara's
 * {@code JSESSIONID} and {@code JSESSIONIDVERSION}, which tells a server whether its own copy of the session is the
 * latest) sent to whichever server is asked: the cluster's session lives in the data grid, not in one server.
 */
final class PageSession {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client;

    private PageSession(HttpClient client) {
        this.client = client;
    }

    /** Signs {@code user} in (password demo) through the login page of {@code server}. */
    static PageSession signIn(String server, String user) {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(server + "/login.xhtml")).GET());
        assertEquals(200, page.statusCode(), page.body());
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", "demo");
        form.put("login:submit", "");
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> posted = send(client, HttpRequest.newBuilder(URI.create(server + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(302, posted.statusCode(), "the login form did not sign in: " + posted.body());
        if (cookies.getCookieStore().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID"))) {
            throw new AssertionError("no session cookie after signing in");
        }
        return new PageSession(client);
    }

    /** The status of a page asked with this session on {@code server}: 200 when signed in, 302 to the login if not. */
    int status(String server, String path) {
        return send(client, HttpRequest.newBuilder(URI.create(server + path)).GET()).statusCode();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
