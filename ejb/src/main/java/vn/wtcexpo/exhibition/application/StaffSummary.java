package vn.wtcexpo.exhibition.application;

import vn.wtcexpo.exhibition.model.StaffMember;

/** A person on an exhibitor's staff list for an event. */
public record StaffSummary(String id, String eventId, String exhibitorId, String fullName, String email, String jobTitle) {

    public static StaffSummary of(StaffMember s) {
        return new StaffSummary(s.id(), s.eventId(), s.exhibitorId(), s.fullName(), s.email(), s.jobTitle());
    }
}
