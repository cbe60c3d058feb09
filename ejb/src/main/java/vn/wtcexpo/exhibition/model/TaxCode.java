package vn.wtcexpo.exhibition.model;

import vn.wtcexpo.shared.DomainException;

/**
 * A Vietnamese company tax code (mã số thuế): ten digits, or ten digits, a hyphen and three digits for a
 * branch. The tenth digit checks the first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; it equals 10
 * minus the weighted sum mod 11, and a result of 10 means no valid code has those nine digits); digits 3
 * to 9 are never all zero and a branch part is never {@code 000}. Spaces, dots and hyphens that people
 * type are cleaned away; the compact form is stored, the hyphenated one shown.
 */
public record TaxCode(String compact) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    /** Longer than any tax code with its separators: refused before it is scanned. */
    private static final int MAX_TYPED = 40;

    public TaxCode {
        if (!valid(compact)) {
            throw DomainException.invalid("taxCode", "TAX_CODE_INVALID");
        }
    }

    /** Reads a code as typed ({@code "0314 409 058-002"}, {@code "0314.409.058"}); TAX_CODE_INVALID otherwise. */
    public static TaxCode parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw DomainException.invalid("taxCode", "TAX_CODE_REQUIRED");
        }
        if (typed.length() > MAX_TYPED) {
            throw DomainException.invalid("taxCode", "TAX_CODE_INVALID");
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '.' && c != '-' && c != '\u00A0') {
                throw DomainException.invalid("taxCode", "TAX_CODE_INVALID");
            }
        }
        return new TaxCode(digits.toString());
    }

    /** True for a compact code (10 or 13 digits) whose check digit and parts are right. */
    public static boolean valid(String compact) {
        if (compact == null || compact.length() != 10 && compact.length() != 13) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (compact.charAt(i) < '0' || compact.charAt(i) > '9') {
                return false;
            }
        }
        if (compact.substring(2, 9).chars().allMatch(c -> c == '0')) {
            return false;
        }
        if (compact.length() == 13 && compact.endsWith("000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (compact.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check != 10 && check == compact.charAt(9) - '0';
    }

    /** The form people read: {@code 0314409058-002}. */
    public String display() {
        return compact.length() == 13 ? compact.substring(0, 10) + "-" + compact.substring(10) : compact;
    }

    public boolean branch() {
        return compact.length() == 13;
    }

    @Override
    public String toString() {
        return display();
    }
}
