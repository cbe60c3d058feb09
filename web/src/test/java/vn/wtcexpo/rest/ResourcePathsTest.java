package vn.wtcexpo.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No root resource hides another's paths. JAX-RS picks the root resource whose path matches the most
 * specifically, then looks for the method only in it: a root at {@code events/{id}} would take every request
 * under {@code events/{id}/...} away from the resource at {@code events} and answer 404 for its sub-paths.
 */
class ResourcePathsTest {

    private record Root(Class<?> type, List<String> segments) {
    }

    @Test
    void noRootResourceShadowsTheSubPathsOfAnother() {
        List<Root> roots = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.wtcexpo.rest")) {
            if (c.isAnnotatedWith(Path.class)) {
                roots.add(new Root(c.reflect(), segments(c.reflect().getAnnotation(Path.class).value())));
            }
        }
        List<String> shadowed = new ArrayList<>();
        for (Root owner : roots) {
            for (Method m : owner.type().getMethods()) {
                Path sub = m.getAnnotation(Path.class);
                if (sub == null) {
                    continue;
                }
                List<String> full = new ArrayList<>(owner.segments());
                full.addAll(segments(sub.value()));
                for (Root other : roots) {
                    if (other != owner && other.segments().size() > owner.segments().size()
                            && other.segments().size() < full.size() && matches(other.segments(), full)) {
                        shadowed.add(String.join("/", full) + " (" + owner.type().getSimpleName() + ") is hidden by "
                                + String.join("/", other.segments()) + " (" + other.type().getSimpleName() + ")");
                    }
                }
            }
        }
        assertTrue(shadowed.isEmpty(), String.join("\n", shadowed));
    }

    private static boolean matches(List<String> prefix, List<String> path) {
        for (int i = 0; i < prefix.size(); i++) {
            String a = prefix.get(i);
            String b = path.get(i);
            if (!a.startsWith("{") && !b.startsWith("{") && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
