package vn.wtcexpo.exhibition.application;

import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.StaffMember;

/**
 * Someone joined or left an exhibitor's staff list for an event (fired in the transaction that changed the
 * list): the registration context issues or revokes that person's badge in the same transaction.
 */
public record StaffListChanged(String eventId, String staffId, String exhibitorId, String companyName, String fullName,
                               String email, String jobTitle, boolean joined) {

    public static StaffListChanged of(Exhibitor company, StaffMember member, boolean joined) {
        return new StaffListChanged(member.eventId(), member.id(), company.id(), company.companyName(), member.fullName(),
                member.email(), member.jobTitle(), joined);
    }
}
