package vn.wtcexpo.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API reads and writes JSON: a field the call does not know is refused (400 {@code BAD_JSON})
 * rather than ignored, so that a misspelt {@code "tilte"} is not silently dropped.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    /** Yasson's switch (the JSON-B implementation in Payara). */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
