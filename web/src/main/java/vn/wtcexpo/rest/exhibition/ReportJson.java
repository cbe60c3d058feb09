package vn.wtcexpo.rest.exhibition;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.exhibition.application.StaffSummary;

/** The JSON of the organizer's dashboard, the public directory and staff lists. */
public final class ReportJson {

    private ReportJson() {
    }

    /** Booths and m² per state, per hall and in all; VND invoiced (approved requests) and paid. */
    @JsonbPropertyOrder({"event", "halls", "total", "invoicedVnd", "paidVnd"})
    public record DashboardJson(String event, List<HallLineJson> halls, HallLineJson total, long invoicedVnd, long paidVnd) {
        static DashboardJson of(ExhibitionReports.Dashboard d) {
            return new DashboardJson(d.eventId(), d.halls().stream().map(HallLineJson::of).toList(),
                    HallLineJson.of(d.total()), d.invoicedVnd(), d.paidVnd());
        }
    }

    /**
     * {@code booths} and {@code areaSqm} by state (AVAILABLE, ON_HOLD, RESERVED, SOLD, BLOCKED); the shares of the
     * area for sale that is sold (paid in full), reserved (approved, awaiting payment) and on hold, apart.
     */
    @JsonbPropertyOrder({"hall", "booths", "areaSqm", "soldPercent", "reservedPercent", "onHoldPercent"})
    public record HallLineJson(String hall, Map<String, Integer> booths, Map<String, Double> areaSqm, double soldPercent,
                               double reservedPercent, double onHoldPercent) {
        static HallLineJson of(ExhibitionReports.HallLine l) {
            Map<String, Integer> b = new java.util.TreeMap<>();
            Map<String, Double> a = new java.util.TreeMap<>();
            for (var s : vn.wtcexpo.exhibition.model.BoothStatus.values()) {
                b.put(s.name(), l.count(s));
                a.put(s.name(), l.area(s));
            }
            return new HallLineJson(l.hall(), b, a, l.soldPercent(),
                    l.percent(vn.wtcexpo.exhibition.model.BoothStatus.RESERVED), l.percent(vn.wtcexpo.exhibition.model.BoothStatus.ON_HOLD));
        }
    }

    /** A company at the fair, where it exhibits and what it shows. */
    @JsonbPropertyOrder({"exhibitorId", "companyName", "website", "products", "categories", "booths", "halls"})
    public record DirectoryJson(String exhibitorId, String companyName, String website, String products,
                                List<String> categories, List<String> booths, List<String> halls) {
        static DirectoryJson of(ExhibitionReports.DirectoryEntry e) {
            return new DirectoryJson(e.exhibitorId(), e.companyName(), e.website(), e.products(),
                    e.categories().stream().map(Enum::name).toList(), e.booths(), e.halls());
        }
    }

    /** A person on a staff list. */
    @JsonbPropertyOrder({"id", "fullName", "email", "jobTitle"})
    public record StaffJson(String id, String fullName, String email, String jobTitle) {
        static StaffJson of(StaffSummary s) {
            return new StaffJson(s.id(), s.fullName(), s.email(), s.jobTitle());
        }
    }

    /** The staff list, the number of badges the company's booths allow, and how many are left. */
    @JsonbPropertyOrder({"limit", "remaining", "staff"})
    public record StaffListJson(int limit, int remaining, List<StaffJson> staff) {
        static StaffListJson of(StaffService.StaffList l) {
            return new StaffListJson(l.limit(), l.remaining(), l.staff().stream().map(StaffJson::of).toList());
        }
    }
}
