package vn.wtcexpo.rest.booking;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The body of confirm, cancel and reject: {@code {}}, or {@code {"override": true, "reason": "..."}}.
 * An empty body counts as {@code {}}: a decision without details needs no JSON.
 */
public record DecisionInput(Boolean override, String reason) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** @throws jakarta.json.bind.JsonbException for a body that is not such an object (answered 400) */
    static DecisionInput parse(String body) {
        if (body == null || body.isBlank()) {
            return new DecisionInput(false, null);
        }
        DecisionInput d = JSONB.fromJson(body, DecisionInput.class);
        return d == null ? new DecisionInput(false, null) : d;
    }

    boolean isOverride() {
        return Boolean.TRUE.equals(override);
    }
}
