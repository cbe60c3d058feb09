package vn.wtcexpo.web.exhibition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.wtcexpo.exhibition.application.ExhibitionReports;

/** The organizer's exhibitor list as table rows, the same for CSV and xlsx, on the API and the pages. */
public final class ExhibitorExport {

    private ExhibitorExport() {
    }

    /** The header row (both languages) first. */
    public static List<List<Object>> rows(List<ExhibitionReports.ExhibitorLine> lines) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Công ty / Company", "Mã số thuế / Tax code", "Liên hệ / Contact", "E-mail", "Điện thoại / Phone",
                "Địa chỉ / Address", "Gian hàng / Booths", "Diện tích / Area (m²)", "Trạng thái / Status",
                "Tổng tiền / Gross (VND)", "Đã trả / Paid (VND)"));
        for (ExhibitionReports.ExhibitorLine l : lines) {
            rows.add(Arrays.asList(l.companyName(), l.taxCode(), l.contactName(), l.email(), l.phone(), l.address(),
                    l.booths(), l.areaSqm(), l.status(), l.grossVnd(), l.paidVnd()));
        }
        return rows;
    }
}
