package vn.wtcexpo.web.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.gate.application.LeadSummary;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;

/**
 * An exhibitor's leads as spreadsheet rows (CSV and xlsx), headers in the reader's language; a visitor who did
 * not consent to share contact details shows as "no consent", with the exhibitor's own rating and notes only.
 */
public final class LeadExport {

    private LeadExport() {
    }

    public static List<List<Object>> rows(List<LeadSummary> leads, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>();
        for (String key : List.of("scannedAt", "fullName", "company", "jobTitle", "email", "phone", "interests", "type",
                "rating", "notes", "scannedBy")) {
            head.add(Texts.text(locale, "leads.column." + key));
        }
        rows.add(head);
        String noConsent = Texts.text(locale, "leads.noConsent");
        for (LeadSummary l : leads) {
            List<Object> row = new ArrayList<>();
            row.add(Formats.dateTime(l.scannedAt(), locale));
            row.add(l.consent() ? l.fullName() : noConsent);
            row.add(l.consent() ? l.company() : null);
            row.add(l.consent() ? l.jobTitle() : null);
            row.add(l.consent() ? l.email() : null);
            row.add(l.consent() ? l.phone() : null);
            row.add(String.join(", ", l.interests().stream().map(i -> Texts.text(locale, "category." + i)).toList()));
            row.add(l.badgeType() == null ? null : Texts.text(locale, "badge." + l.badgeType()));
            row.add(l.rating() == null ? null : (long) l.rating());
            row.add(l.notes());
            row.add(l.scannedBy());
            rows.add(row);
        }
        return rows;
    }
}
