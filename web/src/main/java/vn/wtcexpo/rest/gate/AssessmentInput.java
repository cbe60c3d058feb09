package vn.wtcexpo.rest.gate;

/** A lead's rating (1–5, or null) and notes. */
public record AssessmentInput(Integer rating, String notes) {
}
