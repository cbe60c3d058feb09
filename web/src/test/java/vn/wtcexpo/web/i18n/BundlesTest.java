package vn.wtcexpo.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/vn/wtcexpo/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglish_haveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages_vi.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void facesMessages_haveTheSameKeysInBothLanguages() throws IOException {
        assertEquals(new TreeSet<>(load("faces_vi.properties").stringPropertyNames()),
                new TreeSet<>(load("faces_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInAPage_existsInTheBundle() throws IOException {
        Properties vi = load("messages_vi.properties");
        Pattern use = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(page));
                while (m.find()) {
                    if (!vi.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + page.getFileName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void everyErrorCodeInTheCore_hasAMessage() throws IOException {
        Properties vi = load("messages_vi.properties");
        Pattern code = Pattern.compile("\"([A-Z][A-Z0-9_]{3,})\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("../ejb/src/main/java")),
                Files.walk(Path.of("src/main/java")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                if (!text.contains("DomainException")) {
                    continue;
                }
                Matcher m = code.matcher(text);
                while (m.find()) {
                    String c = m.group(1);
                    if (text.contains("(\"" + c + "\"") || text.contains(", \"" + c + "\"")) {
                        if (!vi.containsKey("error." + c)) {
                            missing.add(c + " in " + source.getFileName());
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "error codes without a message: " + missing);
    }

    @Test
    void everyFieldARefusalNames_hasALabel() throws IOException {
        Properties vi = load("messages_vi.properties");
        Pattern field = Pattern.compile("(?:invalid|Text\\.(?:required|optional|requiredLines|optionalLines)|checkEmail|Rect\\.cm)\\(\"([a-zA-Z.]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("../ejb/src/main/java")), Files.walk(Path.of("src/main/java")))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = field.matcher(Files.readString(source));
                while (m.find()) {
                    if (!vi.containsKey("field." + m.group(1))) {
                        missing.add(m.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "fields without a label (field.X): " + missing);
    }
}
