package vn.wtcexpo.rest.registration;

import java.util.List;
import vn.wtcexpo.registration.application.RegistrationForm;

/**
 * A registration on the API. {@code type} is for the desk (the event's organizer, signed in): a walk-in of
 * another badge type than {@code VISITOR}; anonymous registrations are always visitors.
 */
public record RegistrationInput(String fullName, String email, String company, String jobTitle, String phone, String locale,
                                Boolean shareWithExhibitors, List<String> interests, String type) {

    RegistrationForm form(String fallbackLocale) {
        return new RegistrationForm(fullName, company, jobTitle, email, phone, locale == null ? fallbackLocale : locale,
                shareWithExhibitors, interests);
    }
}
