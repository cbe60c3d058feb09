package vn.wtcexpo.rest.booking;

import vn.wtcexpo.rest.JsonbSettings;

/**
 * The body of confirm, cancel and reject: {@code {}}, or {@code {"override": true, "reason": "..."}}.
 * An empty body counts as {@code {}}: a decision without details needs no JSON.
 */
public record DecisionInput(Boolean override, String reason) {

    /** @throws jakarta.json.bind.JsonbException for a body that is not such an object (answered 400) */
    public static DecisionInput parse(String body) {
        if (body == null || body.isBlank()) {
            return new DecisionInput(false, null);
        }
        DecisionInput d = JsonbSettings.JSONB.fromJson(body, DecisionInput.class);
        return d == null ? new DecisionInput(false, null) : d;
    }

    public boolean isOverride() {
        return Boolean.TRUE.equals(override);
    }
}
