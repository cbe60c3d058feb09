package vn.wtcexpo.web.exhibition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.web.i18n.Texts;

/**
 * The organizer's exhibitor list as table rows, the same for CSV and xlsx, on the API and the pages: headers and
 * states in the reader's language ("Reserved, awaiting payment", never {@code RESERVED}).
 */
public final class ExhibitorExport {

    private static final List<String> COLUMNS = List.of("company", "taxCode", "contact", "email", "phone", "address",
            "booths", "area", "status", "gross", "paid");

    private ExhibitorExport() {
    }

    /** The header row first. */
    public static List<List<Object>> rows(List<ExhibitionReports.ExhibitorLine> lines, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(COLUMNS.stream().map(c -> Texts.text(locale, "exhibitors.column." + c)).toList()));
        for (ExhibitionReports.ExhibitorLine l : lines) {
            rows.add(Arrays.asList(l.companyName(), l.taxCode(), l.contactName(), l.email(), l.phone(), l.address(),
                    l.booths(), l.areaSqm(), Texts.text(locale, "reservation.status." + l.status()), l.grossVnd(), l.paidVnd()));
        }
        return rows;
    }
}
