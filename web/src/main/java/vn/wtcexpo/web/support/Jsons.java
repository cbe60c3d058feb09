package vn.wtcexpo.web.support;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the web module: {@code Json.createObjectBuilder()} looks the provider up through the
 * service loader on every call, which cost most of the public event page's time (bench/README.md, issue 20).
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }
}
