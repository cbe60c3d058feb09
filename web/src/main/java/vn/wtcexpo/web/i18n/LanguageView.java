package vn.wtcexpo.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import vn.wtcexpo.shared.Formats;

/**
 * The language a visitor reads the pages in (Vietnamese unless they switch), and the formatting
 * helpers pages use: {@code #{lang.vnd(hall.dayRateVnd)}}, {@code #{lang.dateTime(b.start)}}.
 */
@Named("lang")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.VI;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches the language (the {@code ?lang=} link of every page, handled by {@link LanguageSwitchFilter}). */
    public void use(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
    }

    /**
     * The address of this page in another language: the page the browser shows (for an error page, the
     * address that failed, not the error page), its query, and {@code lang}. A plain link, so it works on
     * every page, error pages included, and needs no form.
     */
    public String switchUrl(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = errorUri != null ? errorUri.toString() : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
        Object forwardQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = errorUri != null ? null : forwardUri != null ? (String) forwardQuery : request.getQueryString();
        return LanguageSwitchFilter.withLanguage(uri, query, language);
    }

    public String vnd(long amount) {
        return Formats.vnd(amount, locale);
    }

    public String number(long value) {
        return Formats.number(value, locale);
    }

    public String percent(double value) {
        return Formats.percent(value, locale);
    }

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale);
    }

    public String date(Instant instant) {
        return Formats.date(instant, locale);
    }

    /** A calendar day: {@code 01/07/2025} (vi) or {@code 1 Jul 2025} (en). */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : Formats.date(day.atStartOfDay(Formats.VIETNAM).toInstant(), locale);
    }

    /** A number with up to two decimals: areas and sizes in metres. */
    public String decimal(double value) {
        return Formats.decimal(value, getLocale());
    }

    /** Days, both included, as everywhere: {@code 06/12 – 07/12/2026}. */
    public String days(java.time.LocalDate first, java.time.LocalDate last) {
        return Formats.days(first, last, locale);
    }

    /** An event's period: its first to its last show day, the same on every page, badge and e-mail. */
    public String showDays(vn.wtcexpo.event.application.EventSummary event) {
        return event == null ? "" : Formats.days(event.firstDay(), event.lastDay(), locale);
    }

    /** Whole days from {@code start} to the midnight {@code end} (excluded), as days: a booking, a blackout. */
    public String period(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        return Formats.days(start.atZone(Formats.VIETNAM).toLocalDate(), end.minusNanos(1).atZone(Formats.VIETNAM).toLocalDate(), locale);
    }

    /** A show day's hours: {@code 08:00–17:00}, or "open all day" when it never closes. */
    public String hours(vn.wtcexpo.event.application.EventSummary.Day day) {
        return day.allDay() ? Texts.text(locale, "event.allDay") : Formats.hours(day.opens(), day.closes());
    }

    /** A time of day, 24-hour. */
    public String time(java.time.LocalTime time) {
        return Formats.time(time);
    }
}
