package vn.wtcexpo.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * How the API reads and writes JSON, in one place:
 * <ul>
 * <li>a field the call does not know is refused (400 {@code BAD_JSON}) rather than ignored, so that a
 * misspelt {@code "tilte"} is not silently dropped;</li>
 * <li>whole numbers must be exactly that: {@code 1e400}, {@code 2.5} or a number beyond the field's range
 * are refused, never turned into 0 or cut (JSON-B would);</li>
 * <li>decimals must be finite.</li>
 * </ul>
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    /** Yasson's switch (the JSON-B implementation in Payara). */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(new ExactInteger(), new ExactLong(), new FiniteDouble()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The number, or null for an explicit {@code null} (an absent value, as for any other field). */
    private static JsonNumber number(JsonParser parser) {
        JsonValue value = parser.getValue();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            throw new JsonbException("a number is expected");
        }
        return n;
    }

    /** A whole number that fits an int. */
    public static final class ExactInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                JsonNumber n = number(parser);
                return n == null ? null : n.bigDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number in range", e);
            }
        }
    }

    /** A whole number that fits a long. */
    public static final class ExactLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            try {
                JsonNumber n = number(parser);
                return n == null ? null : n.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number in range", e);
            }
        }
    }

    /** A finite decimal. */
    public static final class FiniteDouble implements JsonbDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonNumber n = number(parser);
            if (n == null) {
                return null;
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new JsonbException("not a finite number");
            }
            return d;
        }
    }
}
