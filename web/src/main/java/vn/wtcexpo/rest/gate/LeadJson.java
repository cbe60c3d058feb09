package vn.wtcexpo.rest.gate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.gate.application.LeadSummary;
import vn.wtcexpo.rest.ApiTime;

/**
 * A lead: the visitor's details only with their consent ({@code consent} false: the person fields are null),
 * the exhibitor's rating (1–5) and notes.
 */
@JsonbPropertyOrder({"id", "event", "type", "consent", "fullName", "company", "jobTitle", "email", "phone", "interests",
        "rating", "notes", "scannedBy", "scannedAt"})
public record LeadJson(String id, String event, String type, boolean consent, @JsonbNillable String fullName,
                       @JsonbNillable String company, @JsonbNillable String jobTitle, @JsonbNillable String email,
                       @JsonbNillable String phone, List<String> interests, @JsonbNillable Integer rating,
                       @JsonbNillable String notes, String scannedBy, OffsetDateTime scannedAt) {

    static LeadJson of(LeadSummary l) {
        return new LeadJson(l.id(), l.eventId(), l.badgeType(), l.consent(), l.fullName(), l.company(), l.jobTitle(),
                l.email(), l.phone(), l.interests().stream().sorted().toList(), l.rating(), l.notes(), l.scannedBy(),
                ApiTime.out(l.scannedAt()));
    }
}
