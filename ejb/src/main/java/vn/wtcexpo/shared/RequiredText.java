package vn.wtcexpo.shared;

/** The one rule for a required free text field: trimmed, not empty, not longer than its limit. */
public final class RequiredText {

    private RequiredText() {
    }

    /**
     * @return {@code text} without surrounding blanks
     * @throws DomainException {@code TEXT_REQUIRED} or {@code TEXT_TOO_LONG} on {@code field}
     */
    public static String of(String field, String text, int maxLength) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw DomainException.invalid(field, "TEXT_REQUIRED");
        }
        if (t.length() > maxLength) {
            throw DomainException.invalid(field, "TEXT_TOO_LONG", maxLength);
        }
        return t;
    }
}
