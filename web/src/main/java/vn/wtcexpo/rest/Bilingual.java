package vn.wtcexpo.rest;

/** Bilingual text on the API: {@code {"vi": "...", "en": "..."}}. */
public record Bilingual(String vi, String en) {
}
