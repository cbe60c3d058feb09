package vn.wtcexpo.shared;

import java.util.regex.Pattern;

/** E-mail addresses and phone numbers as people type them, checked the same way in every context. */
public final class Contacts {

    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{6,28}");

    private Contacts() {
    }

    /** A required e-mail address, trimmed; {@code EMAIL_INVALID} unless it looks like one. */
    public static String email(String field, String email) {
        String mail = Text.required(field, email, 254);
        if (!EMAIL.matcher(mail).matches()) {
            throw DomainException.invalid(field, "EMAIL_INVALID");
        }
        return mail;
    }

    /** An optional e-mail address; null when blank. */
    public static String optionalEmail(String field, String email) {
        return Text.optional(field, email, 254) == null ? null : email(field, email);
    }

    /** An optional phone number (digits, spaces, dots, brackets, hyphens, a leading +); null when blank. */
    public static String optionalPhone(String field, String phone) {
        String tel = Text.optional(field, phone, 30);
        if (tel != null && !PHONE.matcher(tel).matches()) {
            throw DomainException.invalid(field, "PHONE_INVALID");
        }
        return tel;
    }
}
