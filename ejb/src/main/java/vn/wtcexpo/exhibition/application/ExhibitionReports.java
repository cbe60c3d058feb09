package vn.wtcexpo.exhibition.application;

import java.util.List;
import java.util.Map;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.exhibition.model.ProductCategory;

/** What organizers read about their fair, and the public directory of who exhibits where. */
public interface ExhibitionReports {

    /** Booths and area per state and hall, revenue invoiced and paid (the event's organizer, the venue admin). */
    Dashboard dashboard(String eventId);

    /** The companies with reserved or sold booths (the organizer's export). */
    List<ExhibitorLine> exhibitorList(String eventId);

    /** Who exhibits where at a published event: anyone. */
    List<DirectoryEntry> directory(String eventId);

    /**
     * The product categories of an event's exhibitors (all categories while none has signed up), as names:
     * what visitors pick their interests from.
     */
    List<String> categoriesOf(String eventId);

    /** Every product category, as names. */
    List<String> allCategories();

    record Dashboard(String eventId, List<HallLine> halls, HallLine total, long invoicedVnd, long paidVnd) {
    }

    /** Per state: how many booths and how many m². {@code hall} is null on the total. */
    record HallLine(String hall, Map<BoothStatus, Integer> booths, Map<BoothStatus, Double> areaSqm) {

        public double sellableSqm() {
            return areaSqm.entrySet().stream().filter(e -> e.getKey() != BoothStatus.BLOCKED)
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        /** Area sold, that is paid in full, as a percentage of the area for sale. */
        public double soldPercent() {
            return percent(BoothStatus.SOLD);
        }

        /**
         * The area in one state as a percentage of the area for sale, to a tenth: sold (paid in full), reserved
         * (approved, awaiting payment) and on hold are told apart, never added up as "sold".
         */
        public double percent(BoothStatus status) {
            double sellable = sellableSqm();
            if (sellable == 0 || status == BoothStatus.BLOCKED) {
                return 0;
            }
            return Math.round(area(status) * 1000 / sellable) / 10.0;
        }

        /** The net exhibition space: the area exhibitors contracted (reserved or sold, paid or not), holds aside. */
        public double contractedSqm() {
            return area(BoothStatus.RESERVED) + area(BoothStatus.SOLD);
        }

        public int count(BoothStatus status) {
            return booths.getOrDefault(status, 0);
        }

        public double area(BoothStatus status) {
            return areaSqm.getOrDefault(status, 0.0);
        }
    }

    /** A company at the event: its booths, their best state, its money, and how many of its booths are holds now. */
    record ExhibitorLine(String companyName, String taxCode, String contactName, String email, String phone,
                         String address, String booths, double areaSqm, String status, long grossVnd, long paidVnd,
                         int onHold) {
    }

    record DirectoryEntry(String exhibitorId, String companyName, String website, String products,
                          List<ProductCategory> categories, List<String> booths, List<String> halls) {
    }
}
