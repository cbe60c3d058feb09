package vn.wtcexpo.exhibition.application;

import java.util.List;

/**
 * Exhibitors' staff lists per event, up to one person per {@code sqmPerStaff} m² of the company's reserved
 * and sold booths (at least one per booth); the badge issue prints their badges.
 */
public interface StaffService {

    /** The calling exhibitor's staff for an event, and how many more it may add. */
    StaffList myStaff(String eventId);

    StaffSummary addStaff(String eventId, String fullName, String email, String jobTitle);

    void removeStaff(String eventId, String staffId);

    /** The staff list and the limit. */
    record StaffList(List<StaffSummary> staff, int limit) {
        public int remaining() {
            return Math.max(0, limit - staff.size());
        }
    }
}
