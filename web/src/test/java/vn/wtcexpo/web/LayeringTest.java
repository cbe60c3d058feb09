package vn.wtcexpo.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The web module is interfaces only: it never touches persistence; the use cases do. */
class LayeringTest {

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void webNeverImportsJakartaPersistence() throws IOException {
        for (Path source : sources()) {
            assertTrue(!Files.readString(source).contains("import jakarta.persistence"), source + " uses JPA");
        }
    }

    @Test
    void webNeverReachesIntoRepositories() throws IOException {
        for (Path source : sources()) {
            String text = Files.readString(source);
            assertTrue(!text.matches("(?s).*import vn\\.wtcexpo\\.\\w+\\.model\\.\\w+Repository;.*"), source + " uses a repository");
        }
    }
}
