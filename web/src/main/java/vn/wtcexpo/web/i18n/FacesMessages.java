package vn.wtcexpo.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;

/** Turns outcomes of use cases into messages on the current page, in the visitor's language. */
public final class FacesMessages {

    private static final Logger LOG = Logger.getLogger(FacesMessages.class.getName());

    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, Texts.text(locale(), key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, Texts.text(locale(), key, args));
    }

    /**
     * Shows a refused use case as an error message. Domain refusals carry their own text; anything
     * else is logged and shown as a general failure, never as a stack trace.
     */
    public static void refused(RuntimeException e) {
        DomainException domain = DomainErrors.find(e);
        if (domain != null) {
            // a form's every refused field at once, in one message (one alert for a screen reader, not one per field)
            StringBuilder text = new StringBuilder();
            for (DomainException d : domain.all()) {
                if (!text.isEmpty()) {
                    text.append(" · ");
                }
                if (d.field() != null) {
                    text.append(Texts.text(locale(), "field." + d.field())).append(": ");
                }
                text.append(Texts.error(locale(), d.code(), d.args()));
            }
            add(FacesMessage.SEVERITY_ERROR, text.toString());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String violations = DomainErrors.violations(e, locale());
        if (violations != null) {
            add(FacesMessage.SEVERITY_ERROR, violations);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (DatabaseFailures.isTransient(e)) {
            LOG.warning(() -> "Passing database failure in a page action: " + e);
            add(FacesMessage.SEVERITY_ERROR, Texts.text(locale(), "error.SERVICE_BUSY"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a page action", e);
        add(FacesMessage.SEVERITY_ERROR, Texts.text(locale(), "error.INTERNAL"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
