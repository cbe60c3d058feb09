package vn.wtcexpo.shared;

import java.util.Comparator;

/**
 * Orders texts as people read numbers in them: {@code A-2} before {@code A-10}, {@code 210} before
 * {@code 1016}. Runs of digits compare by value, everything else character by character.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int byLength = Integer.compare(ei - si, ej - sj);
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = a.substring(si, ei).compareTo(b.substring(sj, ej));
                if (byDigits != 0) {
                    return byDigits;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
