package vn.wtcexpo.gate.application;

import java.time.Instant;
import java.util.Set;

/**
 * A lead as its exhibitor sees it: who the visitor is only when they consented ({@code consent}); otherwise the
 * person fields are null and pages and exports say "no consent". Rating and notes are the exhibitor's own.
 */
public record LeadSummary(String id, String eventId, String badgeType, boolean consent, String fullName, String company,
                          String jobTitle, String email, String phone, Set<String> interests, Integer rating, String notes,
                          String scannedBy, Instant scannedAt, boolean created) {
}
