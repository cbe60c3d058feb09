package vn.wtcexpo.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether this server was started for production ({@code wtcexpo.production=true}, which config/production.sh sets;
 * the demo run and the tests leave it off). In production every page and call is HTTPS: plain HTTP is redirected
 * ({@link SecurityHeadersFilter}), answers carry {@code Strict-Transport-Security}, and cookies are always
 * {@code Secure}, also behind a proxy that ends TLS (which the application then sees as plain HTTP).
 */
@WebListener
public class Production implements ServletContextListener {

    /** A year of HTTPS only, for this host and its subdomains. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private static volatile Boolean on;

    public static boolean isOn() {
        Boolean b = on;
        if (b == null) {
            b = ConfigProvider.getConfig().getOptionalValue("wtcexpo.production", Boolean.class).orElse(false);
            on = b;
        }
        return b;
    }

    /** For tests without a server: production on or off, whatever the configuration says. */
    static void force(Boolean value) {
        on = value;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (isOn()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    /** Where a plain-HTTP request is sent instead: the same address over HTTPS, on the configured port. */
    static String httpsLocation(HttpServletRequest request) {
        int port = httpsPort();
        return httpsLocation(request.getServerName(), port, request.getRequestURI(), request.getQueryString());
    }

    private static volatile Integer httpsPort;

    private static int httpsPort() {
        Integer p = httpsPort;
        if (p == null) {
            p = ConfigProvider.getConfig().getOptionalValue("wtcexpo.https-port", Integer.class).orElse(443);
            httpsPort = p;
        }
        return p;
    }

    /** For tests without a server. */
    static void forceHttpsPort(int port) {
        httpsPort = port;
    }

    static String httpsLocation(String host, int port, String uri, String query) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "https://" + h + (port == 443 ? "" : ":" + port) + uri + (query == null ? "" : "?" + query);
    }
}
