package vn.wtcexpo.rest.event;

import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.rest.Bilingual;

/**
 * A new event, or changes to one: {@code name} and {@code description} in both languages, the confirmed
 * bookings it runs on, its first opening ({@code start}) and last closing ({@code end}); on a change,
 * {@code terms} too. Fields left out of a change keep their value.
 */
public record EventInput(Bilingual name, Bilingual description, List<String> bookingIds, OffsetDateTime start,
                         OffsetDateTime end, EventJson.TermsJson terms) {
}
