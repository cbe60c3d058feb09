package vn.wtcexpo.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    public static String date(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        String pattern = english(locale) ? "d MMM yyyy" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(pattern, english(locale) ? Locale.ENGLISH : VI).format(day);
    }

    /**
     * Days from {@code first} to {@code last}, both included, the one way a period of days is shown everywhere (the
     * events list, the event's page, the badge, the gate page, the e-mail, bookings): {@code 06/12 – 07/12/2026},
     * {@code 30/12/2026 – 02/01/2027}, {@code 06/12/2026} for one day (vi); {@code 6–7 Dec 2026},
     * {@code 30 Nov – 2 Dec 2026} (en).
     */
    public static String days(LocalDate first, LocalDate last, Locale locale) {
        if (first == null || last == null) {
            return date(first == null ? last : first, locale);
        }
        if (!last.isAfter(first)) {
            return date(first, locale);
        }
        boolean sameYear = first.getYear() == last.getYear();
        if (english(locale)) {
            String from = first.getMonth() == last.getMonth() && sameYear ? "d" : sameYear ? "d MMM" : "d MMM yyyy";
            return DateTimeFormatter.ofPattern(from, Locale.ENGLISH).format(first) + (sameYear && first.getMonth() == last.getMonth()
                    ? "–" : " – ") + date(last, locale);
        }
        return DateTimeFormatter.ofPattern(sameYear ? "dd/MM" : "dd/MM/yyyy", VI).format(first) + " – " + date(last, locale);
    }

    /**
     * A set of days as runs of consecutive days ({@link #days}), in order: {@code 06/12 – 07/12/2026} for two days
     * in a row, {@code 06/12/2026, 08/12/2026} for two apart. What a badge admits reads as the event's period does.
     */
    public static String dayRuns(Collection<LocalDate> days, Locale locale) {
        List<LocalDate> sorted = days.stream().distinct().sorted().toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            runs.add(days(sorted.get(i), sorted.get(j), locale));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

    /** Opening hours: {@code 08:00–17:00}; a day that closes at midnight closes at {@code 24:00}. */
    public static String hours(LocalTime opens, LocalTime closes) {
        return time(opens) + "–" + closing(closes);
    }

    /** A closing time: {@code 17:00}; midnight at the day's end is {@code 24:00} (the API writes it so too). */
    public static String closing(LocalTime closes) {
        return LocalTime.MIDNIGHT.equals(closes) ? "24:00" : time(closes);
    }

    /** A time of day: {@code 08:30}. */
    public static String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(time);
    }
}
