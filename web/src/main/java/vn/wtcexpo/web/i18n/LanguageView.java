package vn.wtcexpo.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import vn.wtcexpo.shared.Formats;

/**
 * The language a visitor reads the pages in (Vietnamese unless they switch), and the formatting
 * helpers pages use: {@code #{lang.vnd(hall.dayRateVnd)}}, {@code #{lang.dateTime(b.start)}}.
 *
 * <p>The choice lives in the browser, in the cookie {@value #COOKIE} that {@link LanguageSwitchFilter} sets, not in a
 * server session: a visitor who only reads the public pages makes no session (the public event page is read by
 * thousands on a fair's morning), and any server of a cluster reads the same choice.
 */
@Named("lang")
@RequestScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The cookie that keeps the reader's language ({@code vi} or {@code en}). */
    public static final String COOKIE = "wtc_lang";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    private Locale fromCookie() {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (RuntimeException noRequest) {
            return Texts.VI;
        }
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return Texts.supported(Locale.forLanguageTag(c.getValue()));
                }
            }
        }
        return Texts.VI;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /**
     * Switches the language for this request (the {@code ?lang=} link of every page, handled by
     * {@link LanguageSwitchFilter}, which keeps the choice in the cookie).
     */
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
        return Formats.vnd(amount, getLocale());
    }

    public String number(long value) {
        return Formats.number(value, getLocale());
    }

    public String percent(double value) {
        return Formats.percent(value, getLocale());
    }

    public String dateTime(Instant instant) {
        return Formats.dateTime(instant, getLocale());
    }

    public String date(Instant instant) {
        return Formats.date(instant, getLocale());
    }

    /** A calendar day: {@code 01/07/2025} (vi) or {@code 1 Jul 2025} (en). */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : Formats.date(day.atStartOfDay(Formats.VIETNAM).toInstant(), getLocale());
    }

    /** A number with up to two decimals: areas and sizes in metres. */
    public String decimal(double value) {
        return Formats.decimal(value, getLocale());
    }

    /** Days, both included, as everywhere: {@code 06/12 – 07/12/2026}. */
    public String days(java.time.LocalDate first, java.time.LocalDate last) {
        return Formats.days(first, last, getLocale());
    }

    /** An event's period: its first to its last show day, the same on every page, badge and e-mail. */
    public String showDays(vn.wtcexpo.event.application.EventSummary event) {
        return event == null ? "" : Formats.days(event.firstDay(), event.lastDay(), getLocale());
    }

    /** Whole days from {@code start} to the midnight {@code end} (excluded), as days: a booking, a blackout. */
    public String period(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        return Formats.days(start.atZone(Formats.VIETNAM).toLocalDate(), end.minusNanos(1).atZone(Formats.VIETNAM).toLocalDate(), getLocale());
    }

    /** A show day's hours: {@code 08:00–17:00}, or "open all day" when it never closes. */
    public String hours(vn.wtcexpo.event.application.EventSummary.Day day) {
        return day.allDay() ? Texts.text(getLocale(), "event.allDay") : Formats.hours(day.opens(), day.closes());
    }

    /** A time of day, 24-hour. */
    public String time(java.time.LocalTime time) {
        return Formats.time(time);
    }
}
