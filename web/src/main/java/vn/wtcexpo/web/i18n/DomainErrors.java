package vn.wtcexpo.web.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.shared.DomainException;

/** Finds the business refusal or the validation failure inside whatever the container wrapped it in. */
public final class DomainErrors {

    private DomainErrors() {
    }

    public static DomainException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    public static ConstraintViolationException findViolations(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConstraintViolationException v) {
                return v;
            }
        }
        return null;
    }

    /** A field name and a message for each violation, in the given language. */
    public static List<String[]> describe(ConstraintViolationException e, Locale locale) {
        List<String[]> out = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            out.add(new String[] {field(v), message(v, locale)});
        }
        out.sort((a, b) -> a[0].compareTo(b[0]));
        return out;
    }

    /** All violations as one line, or null when {@code t} holds none. */
    public static String violations(Throwable t, Locale locale) {
        ConstraintViolationException e = findViolations(t);
        if (e == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String[] v : describe(e, locale)) {
            parts.add(Texts.text(locale, "field." + v[0]) + ": " + v[1]);
        }
        return String.join("; ", parts);
    }

    /** The last property name of the path, e.g. {@code nameVi} for {@code addHall.draft.nameVi}. */
    static String field(ConstraintViolation<?> v) {
        String last = "";
        for (var node : v.getPropertyPath()) {
            if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                last = node.getName();
            }
        }
        return last.isEmpty() ? "request" : last;
    }

    static String message(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            String code = template.substring(1, template.length() - 1);
            if (code.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '_')) {
                return Texts.error(locale, code, List.of());
            }
        }
        return Texts.error(locale, "INVALID_VALUE", List.of());
    }
}
