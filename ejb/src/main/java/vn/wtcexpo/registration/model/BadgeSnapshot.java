package vn.wtcexpo.registration.model;

import java.util.Set;
import vn.wtcexpo.shared.BadgeKind;

/**
 * A badge's row as a scanner needs it, read without building the entity ({@link RegistrationRepository#snapshotBySecret}):
 * what the code is checked against, and what the scanner shows of its holder.
 */
public record BadgeSnapshot(String id, String eventId, BadgeKind kind, BadgeStatus status, int serial, String code,
                            String fullName, String company, String jobTitle, String email, String phone,
                            boolean shareContact, String interestList) {

    public boolean isActive() {
        return status == BadgeStatus.ACTIVE;
    }

    /** The holder's interests, as {@link Badge#interests()} gives them. */
    public Set<String> interests() {
        return Badge.interestSet(interestList);
    }
}
