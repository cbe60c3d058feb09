package vn.wtcexpo.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

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

    /** Switches the language and reloads the current page with its query string. */
    public void switchTo(String language) throws IOException {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext ext = faces.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) ext.getRequest();
        String query = request.getQueryString();
        ext.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
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
}
