package vn.wtcexpo.registration.application;

import java.util.List;

/** What a visitor (or the desk, for a walk-in) fills in; checked by the service. */
public record RegistrationForm(String fullName, String company, String jobTitle, String email, String phone, String locale,
                               Boolean shareWithExhibitors, List<String> interests) {
}
