package vn.wtcexpo.registration.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.wtcexpo.shared.Contacts;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.FieldChecks;
import vn.wtcexpo.shared.Text;

/**
 * The person a badge is for, as checked before anything is stored: names and companies are data (markup is
 * kept as typed and escaped wherever it is shown), e-mail and phone look like ones, the language is
 * Vietnamese or English, interests come from the event's list.
 */
public record Registrant(String fullName, String company, String jobTitle, String email, String phone, String locale,
                         boolean shareWithExhibitors, Set<String> interests) {

    public static final int MAX_NAME = 100;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_JOB_TITLE = 100;
    public static final int MAX_INTERESTS = 30;

    /**
     * Checks what a person typed. {@code emailRequired}: online registrations need an e-mail (the badge is
     * sent there); a walk-in at the desk may have none. {@code allowedInterests}: the event's categories.
     */
    public static Registrant of(String fullName, String company, String jobTitle, String email, String phone,
                                String locale, Boolean share, Collection<String> interests, boolean emailRequired,
                                Collection<String> allowedInterests) {
        // every field is checked, and every refusal told at once
        FieldChecks checks = new FieldChecks();
        String name = checks.field(() -> Text.required("fullName", fullName, MAX_NAME));
        String comp = checks.field(() -> Text.optional("company", company, MAX_COMPANY));
        String job = checks.field(() -> Text.optional("jobTitle", jobTitle, MAX_JOB_TITLE));
        String mail = checks.field(() -> emailRequired ? Contacts.email("email", email) : Contacts.optionalEmail("email", email));
        String tel = checks.field(() -> Contacts.optionalPhone("phone", phone));
        String lang = locale == null || locale.isBlank() ? "vi" : locale.strip().toLowerCase(Locale.ROOT);
        checks.rule(() -> {
            if (!lang.equals("vi") && !lang.equals("en")) {
                throw DomainException.invalid("locale", "LOCALE_UNSUPPORTED");
            }
        });
        Set<String> chosen = new TreeSet<>();
        checks.rule(() -> {
            if (interests == null) {
                return;
            }
            if (interests.size() > MAX_INTERESTS) {
                throw DomainException.invalid("interests", "INTEREST_UNKNOWN", String.valueOf(interests.size()));
            }
            for (String i : interests) {
                if (i == null || !allowedInterests.contains(i)) {
                    throw DomainException.invalid("interests", "INTEREST_UNKNOWN", String.valueOf(i));
                }
                chosen.add(i);
            }
        });
        checks.done();
        return new Registrant(name, comp, job, mail, tel, lang, share != null && share, Set.copyOf(chosen));
    }

    /** The e-mail as one visitor per event is told apart: lower case. */
    public String emailKey() {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** What the desk's search looks in: name, company, e-mail and phone digits, lower case without diacritics. */
    public String searchText() {
        StringBuilder b = new StringBuilder(Text.fold(fullName));
        if (company != null) {
            b.append(' ').append(Text.fold(company));
        }
        if (email != null) {
            b.append(' ').append(email.toLowerCase(Locale.ROOT));
        }
        if (phone != null) {
            b.append(' ').append(phone.replaceAll("[^0-9]", ""));
        }
        String s = b.toString();
        return s.length() > 800 ? s.substring(0, 800) : s;
    }

}
