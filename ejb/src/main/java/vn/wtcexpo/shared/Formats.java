package vn.wtcexpo.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How money and time are shown, the same on pages, in e-mails and in PDFs: whole VND with grouped
 * thousands ({@code 12.500.000 ₫} in Vietnamese, {@code VND 12,500,000} in English) and local time in
 * Asia/Ho_Chi_Minh, the venue's one time zone ({@link #VIETNAM}). Any language but English is shown the
 * Vietnamese way.
 */
public final class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Locale VI = Locale.forLanguageTag("vi");

    private Formats() {
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String vnd(long amount, Locale locale) {
        String digits = number(amount, locale);
        return english(locale) ? "VND " + digits : digits + "\u00a0₫";
    }

    /** A plain number with the locale's thousands separator (areas, capacities). */
    public static String number(long value, Locale locale) {
        boolean en = english(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(en ? ',' : '.');
        return new DecimalFormat("#,##0", symbols).format(value);
    }

    /** A number with at most two decimals and grouped thousands: {@code 1.234,5} (vi), {@code 1,234.5} (en). */
    public static String decimal(double value, Locale locale) {
        boolean en = english(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(en ? '.' : ',');
        symbols.setGroupingSeparator(en ? ',' : '.');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    /** A percentage with at most two decimals: {@code 8}, {@code 8,5} (vi) or {@code 8.5} (en). */
    public static String percent(double value, Locale locale) {
        boolean en = english(locale);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(en ? '.' : ',');
        return new DecimalFormat("0.##", symbols).format(value) + "\u00a0%";
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = english(locale) ? "d MMM yyyy, HH:mm" : "dd/MM/yyyy HH:mm";
        return DateTimeFormatter.ofPattern(pattern, english(locale) ? Locale.ENGLISH : VI).withZone(VIETNAM).format(instant);
    }

    public static String date(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = english(locale) ? "d MMM yyyy" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(pattern, english(locale) ? Locale.ENGLISH : VI).withZone(VIETNAM).format(instant);
    }

    /** A calendar day: {@code 10/08/2027} (vi), {@code 10 Aug 2027} (en). */
    public static String date(java.time.LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        String pattern = english(locale) ? "d MMM yyyy" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(pattern, english(locale) ? Locale.ENGLISH : VI).format(day);
    }

    /** A time of day: {@code 08:30}. */
    public static String time(java.time.LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(time);
    }
}
