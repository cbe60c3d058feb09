package vn.wtcexpo.web.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.web.i18n.Texts;

/** An event's registrations as spreadsheet rows (CSV and xlsx), headers in the reader's language. */
public final class RegistrationExport {

    private RegistrationExport() {
    }

    public static List<List<Object>> rows(List<BadgeSummary> badges, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>();
        for (String key : List.of("fullName", "company", "jobTitle", "email", "phone", "type", "status", "channel",
                "consent", "interests", "registeredAt", "prints")) {
            head.add(Texts.text(locale, "registrations.column." + key));
        }
        rows.add(head);
        for (BadgeSummary b : badges) {
            List<Object> row = new ArrayList<>();
            row.add(b.fullName());
            row.add(b.company());
            row.add(b.jobTitle());
            row.add(b.email());
            row.add(b.phone());
            row.add(Texts.text(locale, "badge." + b.kind().name()));
            row.add(Texts.text(locale, "badge.status." + b.status().name()));
            row.add(Texts.text(locale, "badge.channel." + b.channel().name()));
            row.add(Texts.text(locale, b.shareWithExhibitors() ? "common.yes" : "common.no"));
            row.add(String.join(", ", b.interests().stream().map(i -> Texts.text(locale, "category." + i)).toList()));
            row.add(Formats.dateTime(b.createdAt(), locale));
            row.add((long) b.prints());
            rows.add(row);
        }
        return rows;
    }
}
