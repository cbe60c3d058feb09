package vn.wtcexpo.shared;

/**
 * A whole amount in Vietnamese words, as invoices write it ({@code TgTTTBChu}): {@code 33 000 000} → "Ba mươi ba
 * triệu", {@code 1 005 000} → "Một triệu không trăm linh năm nghìn", {@code 21} → "Hai mươi mốt", {@code 15} →
 * "Mười lăm". Groups of three digits with nghìn, triệu, tỷ; an inner group that has no hundreds says "không trăm",
 * and no tens "linh".
 */
public final class VietnameseNumbers {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", "nghìn", "triệu", "tỷ"};

    private VietnameseNumbers() {
    }

    /** The amount in words, first letter in capitals. */
    public static String words(long amount) {
        if (amount < 0) {
            return "Âm " + words(-amount).toLowerCase(java.util.Locale.ROOT);
        }
        String w = lower(amount);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String lower(long n) {
        if (n == 0) {
            return DIGITS[0];
        }
        if (n >= 1_000_000_000_000L) {
            // above a thousand billion: "nghìn tỷ" repeats the scale ("một nghìn tỷ", "hai triệu tỷ")
            long high = n / 1_000_000_000L;
            long low = n % 1_000_000_000L;
            return lower(high) + " tỷ" + (low == 0 ? "" : " " + inner(low, true));
        }
        return inner(n, false);
    }

    /** Below a thousand billion; {@code after}: a larger group was said before, so leading zeros are spoken. */
    private static String inner(long n, boolean after) {
        StringBuilder out = new StringBuilder();
        int[] groups = new int[4];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (n % 1000);
            n /= 1000;
        }
        boolean spoken = after;
        for (int i = 3; i >= 0; i--) {
            int g = groups[i];
            if (g == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(group(g, spoken));
            if (!GROUPS[i].isEmpty()) {
                out.append(' ').append(GROUPS[i]);
            }
            spoken = true;
        }
        return out.toString();
    }

    /** Three digits; {@code full}: inside a larger number, so "không trăm" and "linh" are said. */
    private static String group(int g, boolean full) {
        int hundreds = g / 100;
        int tens = g / 10 % 10;
        int ones = g % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0 || full) {
            s.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (ones > 0) {
                s.append(s.length() > 0 ? " linh " : "").append(DIGITS[ones]);
            }
            return s.toString();
        }
        if (s.length() > 0) {
            s.append(' ');
        }
        s.append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
        if (ones == 1 && tens > 1) {
            s.append(" mốt");
        } else if (ones == 5) {
            s.append(" lăm");
        } else if (ones > 0) {
            s.append(' ').append(DIGITS[ones]);
        }
        return s.toString();
    }
}
