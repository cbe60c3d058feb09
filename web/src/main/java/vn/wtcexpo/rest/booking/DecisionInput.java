package vn.wtcexpo.rest.booking;

/** The body of confirm, cancel and reject: {@code {}}, or {@code {"override": true, "reason": "..."}}. */
public record DecisionInput(Boolean override, String reason) {

    boolean isOverride() {
        return Boolean.TRUE.equals(override);
    }
}
