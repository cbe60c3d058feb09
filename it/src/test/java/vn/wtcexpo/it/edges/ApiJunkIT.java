package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Junk to every {@code POST}, {@code PUT} and {@code PATCH} of the API, found in the OpenAPI document (a
 * new endpoint is covered without being listed here): malformed JSON, bodies of the wrong JSON type,
 * unknown fields, and for each field of the request schema (one level down too) a huge string, control
 * characters, a number out of range and a value of the wrong type. Every answer to an operation that
 * reads a body is a 4xx with the JSON error body; nothing is ever a 5xx, an empty body included.
 */
@ExtendWith(ShippedApplication.class)
class ApiJunkIT {

    private static final String HUGE = "x".repeat(100_000);
    private static final String PAST = "2020-01-01T00:00:00+07:00";

    private record Operation(String method, String path, JsonObject schema) {
    }

    @Test
    void everyWriteOfTheApi_answersJunkWithA4xxAndTheJsonBody() {
        // a venue admin of its own, so that refused password changes and the like touch nobody else
        String admin = "junk" + Long.toString(System.nanoTime() % 1_000_000, 36);
        Api.Reply created = Api.as("admin").post("/api/accounts", """
                {"username": "%s", "fullName": "Junk tester", "roles": ["VENUE_ADMIN"], "password": "junk-tester-1"}
                """.formatted(admin));
        assertEquals(201, created.status(), created.body());
        Api api = Api.as(admin, "junk-tester-1").inLanguage("en");
        String victim = "junkv" + Long.toString(System.nanoTime() % 1_000_000, 36);
        assertEquals(201, api.post("/api/accounts", """
                {"username": "%s", "fullName": "Junk victim", "roles": ["ORGANIZER"], "password": "junk-victim-1"}
                """.formatted(victim)).status());
        String hall = TestHalls.plain("J");
        String booking = Api.as("organizer").post("/api/bookings", TestHalls.booking(hall, "Junk target",
                java.time.LocalDate.of(2034, 1, 10), java.time.LocalDate.of(2034, 1, 12))).json().getString("id");
        Map<String, String> params = Map.of("code", hall, "id", booking, "username", victim);
        String policy = api.get("/api/booking-policy").body();

        List<Operation> operations = operations();
        assertTrue(operations.size() >= 10, "too few operations found: " + operations);
        List<String> failures = new ArrayList<>();
        try {
            for (Operation op : operations) {
                String path = fill(op.path(), params);
                boolean takesABody = op.schema() != null;
                for (String junk : List.of("{\"title\": ", "[]", "\"text\"", "42", "true", "{\"zzUnknownField\": 1}")) {
                    // an operation that reads no body ignores one; it must still never fail
                    check(op, junk, api.send(op.method(), path, junk, "application/json"), failures, takesABody);
                }
                for (String nothing : List.of("", "null")) {
                    check(op, "(" + nothing + ")", api.send(op.method(), path, nothing, "application/json"), failures, false);
                }
                if (op.schema() != null) {
                    for (String body : fieldJunk(op.schema())) {
                        expect4xx(api, op, path, body, failures);
                    }
                    // an explicit null is an absent value: refused or taken, never a 500
                    for (String field : properties(op.schema()).keySet()) {
                        String body = plausible(properties(op.schema())).addNull(field).build().toString();
                        check(op, body, api.send(op.method(), path, body, "application/json"), failures, false);
                    }
                }
            }
        } finally {
            api.put("/api/booking-policy", policy.replaceAll(",?\"vatRules\":\\[.*\\]", ""));
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    private void expect4xx(Api api, Operation op, String path, String body, List<String> failures) {
        check(op, body, api.send(op.method(), path, body, "application/json"), failures, true);
    }

    private static void check(Operation op, String body, Api.Reply r, List<String> failures, boolean must4xx) {
        String shown = op.method() + " " + op.path() + " with " + (body.length() > 120 ? body.substring(0, 120) + "…" : body);
        if (r.status() >= 500 || (must4xx && (r.status() < 400))) {
            failures.add(shown + " → " + r.status() + " " + abbreviated(r.body()));
            return;
        }
        if (r.status() >= 400) {
            try {
                JsonObject json = r.json();
                if (!json.containsKey("error") || !json.containsKey("message")) {
                    failures.add(shown + " → " + r.status() + " without the error body: " + abbreviated(r.body()));
                }
            } catch (RuntimeException e) {
                failures.add(shown + " → " + r.status() + " not JSON: " + abbreviated(r.body()));
            }
        }
    }

    private static String abbreviated(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Every write operation of the OpenAPI document, with its request schema (resolved) when it has one. */
    private static List<Operation> operations() {
        JsonObject doc = Api.anonymous().get("/openapi?format=JSON").json();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonObject op = path.getValue().asJsonObject().getJsonObject(method);
                if (op == null) {
                    continue;
                }
                JsonObject schema = null;
                if (op.containsKey("requestBody")) {
                    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                    JsonObject json = content == null ? null : content.getJsonObject("application/json");
                    schema = json == null ? null : resolve(json.getJsonObject("schema"), schemas);
                }
                ops.add(new Operation(method.toUpperCase(), path.getKey(), schema));
            }
        }
        return ops;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema != null && schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static String fill(String path, Map<String, String> params) {
        String filled = path;
        for (Map.Entry<String, String> p : params.entrySet()) {
            filled = filled.replace("{" + p.getKey() + "}", p.getValue());
        }
        return filled.replaceAll("\\{[^}]+}", "junk");
    }

    /** Bodies that are plausible but for one field (top level or one level down), which is junk. */
    private static List<String> fieldJunk(JsonObject schema) {
        Map<String, JsonObject> props = properties(schema);
        List<String> bodies = new ArrayList<>();
        for (Map.Entry<String, JsonObject> p : props.entrySet()) {
            for (JsonValue junk : junkFor(p.getValue())) {
                bodies.add(plausible(props).add(p.getKey(), junk).build().toString());
            }
            Map<String, JsonObject> inner = properties(p.getValue());
            for (Map.Entry<String, JsonObject> q : inner.entrySet()) {
                for (JsonValue junk : junkFor(q.getValue())) {
                    JsonObject nested = plausible(inner).add(q.getKey(), junk).build();
                    bodies.add(plausible(props).add(p.getKey(), nested).build().toString());
                }
            }
        }
        return bodies;
    }

    private static Map<String, JsonObject> properties(JsonObject schema) {
        Map<String, JsonObject> props = new LinkedHashMap<>();
        if (schema != null && schema.containsKey("properties")) {
            for (Map.Entry<String, JsonValue> e : schema.getJsonObject("properties").entrySet()) {
                props.put(e.getKey(), e.getValue().asJsonObject());
            }
        }
        return props;
    }

    private static JsonObjectBuilder plausible(Map<String, JsonObject> props) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        props.forEach((name, s) -> b.add(name, plausibleValue(s)));
        return b;
    }

    private static JsonValue plausibleValue(JsonObject s) {
        String type = s.getString("type", "object");
        return switch (type) {
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> JsonValue.EMPTY_JSON_ARRAY;
            case "string" -> Json.createValue(s.containsKey("format") ? PAST : "Junk test");
            default -> s.containsKey("properties") ? plausible(properties(s)).build() : Json.createValue(PAST);
        };
    }

    private static List<JsonValue> junkFor(JsonObject s) {
        String type = s.getString("type", "object");
        List<JsonValue> junk = new ArrayList<>(List.of(Json.createValue(HUGE), Json.createValue("bad\u0000nul"),
                Json.createValue("esc\u001b[31m")));
        switch (type) {
            case "integer", "number" -> {
                junk.clear();
                junk.add(Json.createValue("not a number"));
                junk.add(Json.createValue(new java.math.BigDecimal("1e400")));
                junk.add(Json.createValue(-1));
            }
            case "boolean" -> {
                junk.clear();
                junk.add(Json.createValue("maybe"));
            }
            case "array" -> {
                junk.add(Json.createObjectBuilder().add("a", 1).build());
                junk.add(Json.createArrayBuilder().add(HUGE).build());
                junk.add(Json.createArrayBuilder().add("bad\u0000nul").build());
            }
            case "string" -> junk.add(Json.createObjectBuilder().add("a", 1).build());
            default -> junk.add(Json.createValue(12));
        }
        return junk;
    }

    @Test
    void theOperationsFound_includeTheKnownWrites() {
        List<String> found = operations().stream().map(o -> o.method() + " " + o.path()).toList();
        for (String expected : List.of("POST /api/halls", "PUT /api/halls/{code}", "POST /api/bookings",
                "POST /api/bookings/{id}/confirm", "POST /api/accounts", "POST /api/tokens")) {
            assertTrue(found.contains(expected), expected + " not in " + found);
        }
        assertFalse(found.isEmpty());
    }
}
