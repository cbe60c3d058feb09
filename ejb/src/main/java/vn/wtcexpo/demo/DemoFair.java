package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.event.application.EventDraft;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventTerms;
import vn.wtcexpo.exhibition.application.BoothDraft;
import vn.wtcexpo.exhibition.application.BoothSummary;
import vn.wtcexpo.exhibition.application.ExhibitorProfile;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.PaymentRequestService;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.application.RowsDraft;
import vn.wtcexpo.exhibition.application.SellerService;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.exhibition.model.Seller;
import vn.wtcexpo.shared.Formats;

/**
 * SAMPLE DATA, not facts: a living sample fair, "Vietnam Wood &amp; Furniture Fair", in Hall A+B next August, as it
 * would have been sold: booked by the organizer fifty days ago and confirmed by the venue, published with a plan of a
 * few hundred booths and a stage; twelve companies signed up and held booths over the last twelve days, the organizer
 * approved them in rounds (a payment request per round) and recorded what each paid (nothing, the deposit, or all);
 * the demo exhibitor's company holds a booth for the organizer to approve. Its visitors and badges: {@link DemoBadges}.
 */
@ApplicationScoped
class DemoFair {

    static final String TITLE_VI = "Hội chợ Gỗ & Nội thất Việt Nam";
    static final String TITLE_EN = "Vietnam Wood & Furniture Fair";
    private static final long INLINE_VND = 30_000_000;
    private static final long CORNER_VND = 33_000_000;

    @Inject
    private SellerService sellers;

    @Inject
    private BookingService bookings;

    @Inject
    private EventService events;

    @Inject
    private FloorPlanService plans;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private ReservationService reservations;

    @Inject
    private PaymentRequestService payments;

    @Inject
    private DemoBadges badges;

    void loadIfEmpty(Instant now) {
        seller(now.minus(60, ChronoUnit.DAYS));
        if (!Cast.organizer(now, events::mine).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, Formats.VIETNAM);
        int year = today.getMonthValue() >= 3 ? today.getYear() + 1 : today.getYear();
        LocalDate moveIn = LocalDate.of(year, 8, 8);
        LocalDate firstShowDay = moveIn.plusDays(2);
        String title = TITLE_VI + " " + year;

        Instant booked = now.minus(50, ChronoUnit.DAYS);
        BookingSummary booking = Cast.organizer(booked, () -> bookings.request(new BookingRequest("AB", title,
                startOf(moveIn), startOf(moveIn.plusDays(7)), 2, 1)));
        Cast.admin(booked.plus(1, ChronoUnit.DAYS), () -> bookings.confirm(booking.id(), false, null));

        Instant created = now.minus(48, ChronoUnit.DAYS);
        EventSummary event = Cast.organizer(created, () -> events.create(new EventDraft(title, TITLE_EN + " " + year,
                "Máy chế biến gỗ, nguyên liệu, phụ kiện và nội thất: bốn ngày giao thương tại WTC Expo Bình Dương.",
                "Woodworking machinery, materials, fittings and furniture: four days of business at WTC Expo Binh Duong.",
                List.of(booking.id()), firstShowDay.atTime(9, 0).atZone(Formats.VIETNAM).toInstant(),
                firstShowDay.plusDays(3).atTime(17, 0).atZone(Formats.VIETNAM).toInstant(), new EventTerms(14, 30, 3, 3))));
        Cast.organizer(created.plus(1, ChronoUnit.HOURS), () -> plan(event.id()));
        Cast.organizer(created.plus(2, ChronoUnit.DAYS), () -> events.publish(event.id()));

        List<DemoCompanies.Company> companies = DemoCompanies.signUp(exhibitors, now.minus(40, ChronoUnit.DAYS));
        Cast.exhibitor(Cast.EXHIBITOR, now.minus(40, ChronoUnit.DAYS), () -> exhibitors.saveMyCompany(new ExhibitorProfile(
                null, "Công ty TNHH Gỗ Mỹ Nghệ Bình An", "0314409058", "Số 12 Đại lộ Bình Dương, Thủ Dầu Một, Bình Dương",
                "Lê Hoàng Anh", "exhibitor@example.vn", "0274 3812 345", "https://example.vn",
                "Bàn ghế gỗ sồi, tủ bếp, đồ gỗ mỹ nghệ xuất khẩu",
                List.of(ProductCategory.FURNITURE, ProductCategory.WOOD_MATERIALS))));

        List<BoothSummary> sellable = Cast.organizer(now, () -> plans.booths(event.id())).stream()
                .filter(b -> b.kind() != BoothKind.BLOCKED).toList();
        List<DemoCompanies.Company> withBooths = new Sales(event, companies, now).sell(sellable);

        // the demo exhibitor's own booth, on hold for the organizer to approve
        BoothSummary own = Cast.organizer(now, () -> plans.booths(event.id())).stream()
                .filter(b -> b.kind() != BoothKind.BLOCKED && b.status() == BoothStatus.AVAILABLE)
                .skip(7).findFirst().orElseThrow();
        Cast.exhibitor(Cast.EXHIBITOR, now.minus(1, ChronoUnit.HOURS), () -> reservations.reserve(event.id(), own.number()));
        badges.load(event.id(), withBooths, now);
    }

    /** The seller on payment requests: invented, marked as a sample, so that the demo's documents can be paid. */
    private void seller(Instant at) {
        if (Cast.admin(at, sellers::seller).isPresent()) {
            return;
        }
        Cast.admin(at, () -> sellers.change(new Seller.Details(
                "Công ty Cổ phần Trung tâm Hội chợ Triển lãm WTC Bình Dương (dữ liệu mẫu)",
                "WTC Binh Duong Exhibition Centre JSC (sample data)", "3700146257",
                "Đường Hùng Vương, Phường Hòa Phú, Thành phố mới Bình Dương, Việt Nam",
                "Hung Vuong Street, Hoa Phu Ward, Binh Duong New City, Vietnam",
                List.of(new Seller.Account("Ngân hàng TMCP Mẫu (sample bank)", "0123 4567 8901",
                        "CONG TY CP TT HOI CHO TRIEN LAM WTC BINH DUONG", "Chi nhánh Bình Dương", "970436")))));
    }

    /** Rows of 3 m × 3 m booths, back to back, 3 m aisles, corners dearer, a stage at the far end. */
    private Void plan(String eventId) {
        plans.addBooth(eventId, new BoothDraft("STAGE", "AB", 54.0, 1.0, 12.0, 5.0, BoothKind.BLOCKED, Pricing.PER_BOOTH, 0L,
                "Sân khấu / Stage"));
        plans.generateRows(eventId, new RowsDraft("AB", 6, 9, 3, 3, 10, 36, 3, true, FloorPlan.Numbering.Scheme.HUNDREDS,
                "", 1, Pricing.PER_BOOTH, INLINE_VND));
        for (BoothSummary b : plans.booths(eventId)) {
            if (b.kind() == BoothKind.CORNER) {
                plans.changeBooth(eventId, b.number(), new BoothDraft(b.number(), b.hall(), b.xM(), b.yM(), b.widthM(),
                        b.depthM(), b.kind(), b.pricing(), CORNER_VND, b.label()));
            }
        }
        return null;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.VIETNAM).toInstant();
    }

    /**
     * The fair being sold: every third booth taken, in every state, by the sample companies one after another over
     * the last twelve days. Holds to approve are approved in rounds, a company's round sharing one payment request
     * that is paid alike (not yet, the deposit, or all); a company never holds more than the event's limit at once.
     */
    private final class Sales {

        private final EventSummary event;
        private final List<DemoCompanies.Company> companies;
        private final Instant now;
        private final Map<String, Integer> leftOnHold = new HashMap<>();
        private final Map<String, List<String>> rounds = new LinkedHashMap<>();
        private final List<DemoCompanies.Company> withBooths = new ArrayList<>();
        private int reference = 1000;

        Sales(EventSummary event, List<DemoCompanies.Company> companies, Instant now) {
            this.event = event;
            this.companies = companies;
            this.now = now;
        }

        List<DemoCompanies.Company> sell(List<BoothSummary> sellable) {
            Random random = new Random(2027);
            int count = (sellable.size() + 2) / 3;
            Instant at = now.minus(12, ChronoUnit.DAYS);
            Duration step = Duration.ofDays(10).dividedBy(Math.max(1, count));
            int limit = event.terms().maxHoldsPerCompany();
            for (int i = 0; i < sellable.size(); i += 3) {
                DemoCompanies.Company company = companies.get(random.nextInt(companies.size()));
                int state = random.nextInt(10);
                int left = leftOnHold.getOrDefault(company.username(), 0);
                if (state < 3 && left >= limit - 1) {
                    state = 3; // one place stays free for holds that will be approved
                }
                if (left + waiting(company) >= limit) {
                    approveLargestRound(company, at, step);
                }
                String booth = sellable.get(i).number();
                ReservationSummary r = Cast.exhibitor(company.username(), at, () -> reservations.reserve(event.id(), booth));
                if (state >= 3) {
                    int paidSoFar = state >= 8 ? 2 : state >= 6 ? 1 : 0;
                    rounds.computeIfAbsent(company.username() + "/" + paidSoFar, k -> new ArrayList<>()).add(r.id());
                    if (!withBooths.contains(company)) {
                        withBooths.add(company);
                    }
                } else {
                    leftOnHold.merge(company.username(), 1, Integer::sum);
                }
                at = at.plus(step);
            }
            for (String round : new ArrayList<>(rounds.keySet())) {
                approve(round, at, step);
                at = at.plus(step);
            }
            return withBooths;
        }

        private int waiting(DemoCompanies.Company company) {
            return rounds.entrySet().stream().filter(e -> e.getKey().startsWith(company.username() + "/"))
                    .mapToInt(e -> e.getValue().size()).sum();
        }

        private void approveLargestRound(DemoCompanies.Company company, Instant at, Duration step) {
            rounds.entrySet().stream().filter(e -> e.getKey().startsWith(company.username() + "/"))
                    .max(java.util.Comparator.comparingInt(e -> e.getValue().size())).map(Map.Entry::getKey)
                    .ifPresent(round -> approve(round, at, step));
        }

        /** The organizer approves a round together, then the company pays what its round pays, within {@code step}. */
        private void approve(String round, Instant at, Duration step) {
            List<String> ids = rounds.remove(round);
            int paidSoFar = Integer.parseInt(round.substring(round.indexOf('/') + 1));
            Instant approvedAt = at.plus(step.dividedBy(4));
            PaymentRequestSummary request = Cast.organizer(approvedAt, () -> reservations.approveTogether(ids)).get(0).invoice();
            if (paidSoFar >= 1) {
                request = pay(request, request.depositVnd(), at.plus(step.dividedBy(2)));
            }
            if (paidSoFar >= 2) {
                pay(request, request.outstandingVnd(), at.plus(step.multipliedBy(3).dividedBy(4)));
            }
        }

        private PaymentRequestSummary pay(PaymentRequestSummary request, long amount, Instant at) {
            LocalDate receivedOn = LocalDate.ofInstant(at, Formats.VIETNAM);
            String ref = "UNC-" + reference++;
            return Cast.organizer(at, () -> payments.recordPayment(request.id(), amount, receivedOn, ref));
        }
    }
}
