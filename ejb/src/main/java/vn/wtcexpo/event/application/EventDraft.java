package vn.wtcexpo.event.application;

import java.time.Instant;
import java.util.List;

/**
 * What an organizer enters to create an event: bilingual name and description, the confirmed bookings
 * it runs on, and its first opening and last closing ({@code start}, {@code end}): the show days run from
 * {@code start}'s day to {@code end}'s day, each open from {@code start}'s time to {@code end}'s time. {@code terms} may be null for the defaults.
 */
public record EventDraft(String nameVi, String nameEn, String descriptionVi, String descriptionEn,
                         List<String> bookingIds, Instant start, Instant end, EventTerms terms) {
}
