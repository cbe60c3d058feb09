package vn.wtcexpo.rest.registration;

/** What to print: one badge type (all types when absent) in a size ({@code A6} or {@code LABEL}). */
public record BadgeJobInput(String type, String size) {
}
