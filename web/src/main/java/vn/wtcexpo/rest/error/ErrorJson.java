package vn.wtcexpo.rest.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The API's error body: {@code {"error": "CODE", "message": "...", "violations": [...]}}. */
@JsonbPropertyOrder({"error", "message", "violations"})
public record ErrorJson(String error, String message, List<Violation> violations) {

    public record Violation(String field, String message) {
    }
}
