package vn.wtcexpo.web.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.wtcexpo.gate.model.Admission;
import vn.wtcexpo.gate.model.DenyReason;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The server's admission rules against the table of cases the scanner's offline rules are checked against too
 * ({@code docs/admission-cases.json}; web/src/test/js/offline-rules.test.mjs): one test per case.
 */
class AdmissionCasesTest {

    static final Path CASES = Path.of("..", "docs", "admission-cases.json");

    @TestFactory
    Stream<DynamicTest> theServerAnswersEveryCaseAsTheTableSays() throws IOException {
        List<JsonObject> cases;
        try (Reader in = Files.newBufferedReader(CASES); JsonReader json = Json.createReader(in)) {
            cases = json.readObject().getJsonArray("cases").getValuesAs(JsonObject.class);
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getString("name"), () -> {
            JsonObject badge = c.getJsonObject("badge");
            JsonObject doors = c.getJsonObject("doors");
            Admission.Rights rights = new Admission.Rights(BadgeKind.valueOf(badge.getString("kind")),
                    strings(badge, "days").stream().map(LocalDate::parse).collect(Collectors.toSet()),
                    Set.copyOf(strings(badge, "halls")));
            Admission.Doors door = new Admission.Doors(doors.getBoolean("published"), time(doors, "opens"), time(doors, "closes"));
            var at = LocalDateTime.parse(c.getString("at")).atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
            String expected = c.isNull("expect") ? null : c.getString("expect");
            assertEquals(expected, Admission.entry(rights, c.getString("gateHall"), door, at).map(DenyReason::name).orElse(null));
        }));
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static LocalTime time(JsonObject o, String name) {
        return o.get(name) == null || o.get(name).getValueType() == JsonValue.ValueType.NULL ? null : LocalTime.parse(o.getString(name));
    }
}
