package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** The OpenAPI document at /openapi describes the contract of shared/API.md, and the health check sees the database. */
@ExtendWith(ShippedApplication.class)
class OpenApiIT {

    private JsonObject document() {
        Api.Reply r = Api.anonymous().get("/openapi?format=JSON");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void describesTheVenueAndBookingApi() {
        JsonObject paths = document().getJsonObject("paths");
        for (String path : List.of("/api/halls", "/api/halls/{code}", "/api/bookings", "/api/bookings/{id}",
                "/api/bookings/{id}/confirm", "/api/bookings/{id}/cancel")) {
            assertTrue(paths.containsKey(path), path + " missing from " + paths.keySet());
        }
    }

    @Test
    void theDocument_isValidOpenApiForAnIndependentParser() {
        Api.Reply yaml = Api.anonymous().getAccepting("/openapi", "application/yaml");
        assertEquals(200, yaml.status(), yaml.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml.body(), null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), String.valueOf(result.getMessages()));
        assertTrue(result.getOpenAPI().getComponents().getSecuritySchemes().keySet().containsAll(List.of("basic", "bearer")));
    }

    /**
     * What partners run on the document: openapi-generator's validator finds nothing to complain of, and its Java
     * client generator makes a client of every operation (a YAML 1.1 reader once rejected a time example).
     */
    @Test
    void openApiGenerator_validatesTheDocument_andGeneratesAClient() throws Exception {
        Api.Reply yaml = Api.anonymous().getAccepting("/openapi", "application/yaml");
        assertEquals(200, yaml.status(), yaml.body());
        Path dir = Path.of(System.getProperty("wtc.target", "target"), "openapi-client");
        Files.createDirectories(dir);
        Path spec = dir.resolve("openapi.yaml");
        Files.writeString(spec, yaml.body());
        String validated = generator("validate", "-i", spec.toString());
        assertTrue(validated.contains("No validation issues detected"), validated);
        Path client = dir.resolve("java");
        generator("generate", "-i", spec.toString(), "-g", "java", "-o", client.toString(),
                "--additional-properties=library=native,hideGenerationTimestamp=true");
        try (var files = Files.walk(client.resolve("src/main/java"))) {
            List<String> apis = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Api.java")).toList();
            assertTrue(apis.size() >= 5, "generated APIs: " + apis);
        }
    }

    /** Runs the openapi-generator command line, fails on a non-zero exit, and gives back what it printed. */
    private static String generator(String... args) throws Exception {
        String jar = System.getProperty("openapi.generator", "target/tools/openapi-generator-cli.jar");
        assertTrue(Files.exists(Path.of(jar)), "openapi-generator-cli is copied to " + jar + " before the tests");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "openapi-generator " + args[0] + " finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void everyLocalTimeExample_readsAsAString_evenForAYaml11Reader() {
        Api.Reply yaml = Api.anonymous().getAccepting("/openapi", "application/yaml");
        List<String> bad = new java.util.ArrayList<>();
        localTimeExamples(new org.yaml.snakeyaml.Yaml().load(yaml.body()), "", bad);
        assertTrue(bad.isEmpty(), "examples a YAML 1.1 reader takes for numbers (openapi-generator's validator fails on them): " + bad);
    }

    private static void localTimeExamples(Object node, String path, List<String> bad) {
        if (node instanceof java.util.Map<?, ?> m) {
            if ("local-time".equals(m.get("format")) && m.get("examples") instanceof List<?> examples) {
                examples.stream().filter(e -> !(e instanceof String)).forEach(e -> bad.add(path + ": " + e));
            }
            m.forEach((k, v) -> localTimeExamples(v, path + "/" + k, bad));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> localTimeExamples(v, path + "[]", bad));
        }
    }

    @Test
    void theDocument_hasOnlyStandardTopLevelKeys() {
        for (String key : document().keySet()) {
            assertTrue(List.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs")
                    .contains(key) || key.startsWith("x-"), "non-standard top-level key " + key);
        }
    }

    @Test
    void operationIds_areUnique() {
        List<String> ids = new ArrayList<>();
        for (JsonValue path : document().getJsonObject("paths").values()) {
            for (JsonValue op : path.asJsonObject().values()) {
                if (op.getValueType() == JsonValue.ValueType.OBJECT && op.asJsonObject().containsKey("operationId")) {
                    ids.add(op.asJsonObject().getString("operationId"));
                }
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
    }

    /** The highest version of the migrations: SQL scripts, and the Java migrations beside the migrator. */
    private static String latestMigration() {
        try (var scripts = java.nio.file.Files.walk(java.nio.file.Path.of("../ejb/src/main/resources/db/migration"));
             var classes = java.nio.file.Files.list(java.nio.file.Path.of("../ejb/src/main/java/vn/wtcexpo/infrastructure/persistence"))) {
            return String.valueOf(java.util.stream.Stream.concat(scripts, classes).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void health_reportsTheDatabaseUp() {
        Api.Reply r = Api.anonymous().get("/health/ready");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.body().contains("\"database\""), r.body());
        // the latest Flyway migration shipped in the core module
        assertTrue(r.body().matches("(?s).*\"schemaVersion\":\"" + latestMigration() + "\".*"), r.body());
    }
}
