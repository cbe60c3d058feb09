package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.booking.model.Quote;
import vn.wtcexpo.booking.model.QuoteCalculator;
import vn.wtcexpo.booking.model.VatRule;
import vn.wtcexpo.event.model.Event;
import vn.wtcexpo.event.model.EventBooking;
import vn.wtcexpo.event.model.EventRepository;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.BoothClaim;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.ExhibitorMember;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Payment;
import vn.wtcexpo.exhibition.model.DocNumber;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.PaymentTerms;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.exhibition.model.ProductCategory;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallFeature;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;

/**
 * SAMPLE DATA, not facts: plausible outlines for the demo halls (width × depth close to their areas,
 * pillars every 20 m, fire exits and doors on the walls) and a living sample fair, "Vietnam Wood &amp;
 * Furniture Fair", on a confirmed booking of Hall A+B next August: a published event with a generated
 * plan of a few hundred booths, a stage, sample exhibitors with booths on hold, reserved and sold, and
 * the demo exhibitor's company with a booth on hold; and its registered visitors and badges ({@link DemoBadges}).
 */
@ApplicationScoped
class DemoFair {

    static final String TITLE_VI = "Hội chợ Gỗ & Nội thất Việt Nam";
    static final String TITLE_EN = "Vietnam Wood & Furniture Fair";

    @Inject
    private HallRepository halls;

    @Inject
    private HallSchedule schedule;

    @Inject
    private BookingRepository bookings;

    @Inject
    private EventRepository events;

    @Inject
    private ExhibitionRepository exhibition;

    @Inject
    private DemoBadges badges;

    /** The seller on payment requests: invented, marked as a sample, so that the demo's documents can be paid. */
    private void seller() {
        if (exhibition.seller().isPresent()) {
            return;
        }
        exhibition.add(vn.wtcexpo.exhibition.model.Seller.of(new vn.wtcexpo.exhibition.model.Seller.Details(
                "Công ty Cổ phần Trung tâm Hội chợ Triển lãm WTC Bình Dương (dữ liệu mẫu)",
                "WTC Binh Duong Exhibition Centre JSC (sample data)", "3700146257",
                "Đường Hùng Vương, Phường Hòa Phú, Thành phố mới Bình Dương, Việt Nam",
                "Hung Vuong Street, Hoa Phu Ward, Binh Duong New City, Vietnam",
                java.util.List.of(new vn.wtcexpo.exhibition.model.Seller.Account("Ngân hàng TMCP Mẫu (sample bank)",
                        "0123 4567 8901", "CONG TY CP TT HOI CHO TRIEN LAM WTC BINH DUONG", "Chi nhánh Bình Dương", "970436")))));
    }

    void loadIfEmpty(String organizer, String exhibitorAccount) {
        outlines();
        seller();
        if (!events.all().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        int year = today.getMonthValue() >= 3 ? today.getYear() + 1 : today.getYear();
        Hall ab = halls.find("AB").orElseThrow();
        LocalDate moveIn = LocalDate.of(year, 8, 8);
        BookingPeriod period = new BookingPeriod(moveIn.atStartOfDay(Formats.VIETNAM).toInstant(),
                moveIn.plusDays(7).atStartOfDay(Formats.VIETNAM).toInstant(), 2, 1);
        List<VatRule> vat = bookings.vatRules();
        Quote quote = QuoteCalculator.quote(ab.dayRateVnd(), period, bookings.policy().moveDayRatePercent(), vat);
        String title = TITLE_VI + " " + year;
        HallBooking booking = HallBooking.hold(ab, organizer, title, period, quote, now, now.plus(7, ChronoUnit.DAYS), 1);
        bookings.add(booking);
        booking.confirm("admin", now, quote, false, null);
        schedule.occupyForBooking(ab, booking.id(), period.start(), period.end());

        LocalDate firstShowDay = moveIn.plusDays(2);
        Set<LocalDate> showDays = new TreeSet<>();
        for (int i = 0; i < 4; i++) {
            showDays.add(firstShowDay.plusDays(i));
        }
        Set<LocalDate> moveDays = Set.of(moveIn, moveIn.plusDays(1), moveIn.plusDays(6));
        Event event = Event.draft(organizer, title, TITLE_EN + " " + year,
                "Máy chế biến gỗ, nguyên liệu, phụ kiện và nội thất: bốn ngày giao thương tại WTC Expo Bình Dương.",
                "Woodworking machinery, materials, fittings and furniture: four days of business at WTC Expo Binh Duong.",
                firstShowDay.atTime(LocalTime.of(9, 0)).atZone(Formats.VIETNAM).toInstant(),
                firstShowDay.plusDays(3).atTime(LocalTime.of(17, 0)).atZone(Formats.VIETNAM).toInstant(),
                List.of(new EventBooking(booking.id(), "AB")), showDays, moveDays);
        event.terms(14, 30, 3, vn.wtcexpo.event.model.BoothTerms.DEFAULT_MAX_HOLDS);
        event.publish(now);
        events.add(event);
        events.flush();

        List<Booth> booths = plan(event.id(), ab);
        List<Exhibitor> companies = DemoCompanies.register(exhibition);
        Exhibitor mine = Exhibitor.register(new Exhibitor.Profile("Công ty TNHH Gỗ Mỹ Nghệ Bình An", "0314409058",
                "Số 12 Đại lộ Bình Dương, Thủ Dầu Một, Bình Dương", "Lê Hoàng Anh", "exhibitor@example.vn",
                "0274 3812 345", "https://example.vn", "Bàn ghế gỗ sồi, tủ bếp, đồ gỗ mỹ nghệ xuất khẩu",
                EnumSet.of(ProductCategory.FURNITURE, ProductCategory.WOOD_MATERIALS)));
        exhibition.add(mine);
        exhibition.flush();
        exhibition.add(new ExhibitorMember(exhibitorAccount, mine.id()));

        // a fair being sold: every third booth taken, in every state
        List<Booth> sellable = booths.stream().filter(b -> b.kind() != BoothKind.BLOCKED).toList();
        Random random = new Random(2027);
        List<LocalDate> days = new ArrayList<>(showDays);
        Map<String, List<Approved>> approvals = new LinkedHashMap<>();
        List<Exhibitor> withBooths = new ArrayList<>();
        exhibition.startSequence(DocNumber.SEQUENCE, today.getYear());
        for (int i = 0; i < sellable.size(); i += 3) {
            Booth booth = sellable.get(i);
            Exhibitor company = companies.get(random.nextInt(companies.size()));
            int state = random.nextInt(10);
            Reservation r = new Reservation(event.id(), booth, company.id(), organizer, now.minus(10 + random.nextInt(20), ChronoUnit.DAYS),
                    now.plus(1 + random.nextInt(13), ChronoUnit.DAYS));
            exhibition.add(r);
            exhibition.flush();
            exhibition.add(new BoothClaim(booth.id(), r.id()));
            if (state >= 3) {
                if (!withBooths.contains(company)) {
                    withBooths.add(company);
                }
                r.approve(booth, organizer, now.minus(5, ChronoUnit.DAYS));
                // approved in rounds: a company's booths of one round share a payment request, paid alike
                int paidSoFar = state >= 8 ? 2 : state >= 6 ? 1 : 0;
                approvals.computeIfAbsent(company.id() + "/" + paidSoFar, k -> new ArrayList<>())
                        .add(new Approved(r, booth, company, paidSoFar));
            }
        }
        int ref = 1000;
        for (List<Approved> round : approvals.values()) {
            Exhibitor company = round.get(0).company();
            List<PaymentRequest.Item> items = round.stream().map(a -> new PaymentRequest.Item(a.reservation(), a.booth(),
                    Charge.of(a.booth().netPriceVnd(), days, d -> QuoteCalculator.rateOn(d, vat), 30))).toList();
            int seq = exhibition.nextInSequence(DocNumber.SEQUENCE, today.getYear());
            PaymentRequest request = PaymentRequest.issue(new DocNumber(today.getYear(), seq),
                    new PaymentRequest.Subject(event.id(), event.nameVi(), event.nameEn(), company, days.get(0),
                            days.get(days.size() - 1)),
                    items, 30, PaymentTerms.of(today.minusDays(5), firstShowDay), organizer, now.minus(5, ChronoUnit.DAYS));
            exhibition.add(request);
            exhibition.flush();
            round.forEach(a -> a.reservation().invoicedBy(request.id()));
            int paidSoFar = round.get(0).paidSoFar();
            if (paidSoFar >= 1) {
                request.pay(request.depositVnd());
                exhibition.add(new Payment(request.id(), request.depositVnd(), today.minusDays(2), "UNC-" + ref++, organizer, now));
            }
            if (paidSoFar >= 2) {
                long rest = request.outstandingVnd();
                request.pay(rest);
                exhibition.add(new Payment(request.id(), rest, today.minusDays(1), "UNC-" + ref++, organizer, now));
                for (Approved a : round) {
                    a.reservation().paidInFull(a.booth());
                }
            }
        }
        // the demo exhibitor's own booth, on hold for the organizer to approve
        Booth own = sellable.stream().filter(b -> b.status() == vn.wtcexpo.exhibition.model.BoothStatus.AVAILABLE)
                .skip(7).findFirst().orElseThrow();
        Reservation r = new Reservation(event.id(), own, mine.id(), exhibitorAccount, now, now.plus(14, ChronoUnit.DAYS));
        exhibition.add(r);
        exhibition.flush();
        exhibition.add(new BoothClaim(own.id(), r.id()));
        exhibition.flush();
        badges.load(event.id(), withBooths);
    }

    /** A booth approved in the demo, and how much of its round's payment request has been paid (0, deposit, all). */
    private record Approved(Reservation reservation, Booth booth, Exhibitor company, int paidSoFar) {
    }

    /** Outlines that match the demo halls' areas: pillars every 20 m, fire exits and doors on the walls. */
    private void outlines() {
        outline("A", 60, 60);
        outline("B", 60, 60);
        outline("C", 60, 40);
        outline("D", 63, 33);
        outline("AB", 120, 60);
        outline("CD", 63, 71);
        outline("OUT", 115, 69);
        outline("R1", 20, 15);
        outline("R2", 15, 10);
        outline("R3", 10, 8);
        outline("R23", 23, 10);
    }

    private void outline(String code, int widthM, int depthM) {
        Hall hall = halls.find(code).orElse(null);
        if (hall == null || hall.floor() != null) {
            return;
        }
        List<HallFeature> features = new ArrayList<>();
        if (widthM >= 40) {
            for (int x = 20; x < widthM; x += 20) {
                for (int y = 20; y < depthM; y += 20) {
                    features.add(new HallFeature(HallFeature.Kind.PILLAR, new Rect(x * 100 - 40, y * 100 - 40, 80, 80),
                            "Cột / Pillar"));
                }
            }
            features.add(new HallFeature(HallFeature.Kind.FIRE_EXIT, new Rect(0, depthM * 50 - 150, 100, 300),
                    "Lối thoát hiểm / Fire exit W"));
            features.add(new HallFeature(HallFeature.Kind.FIRE_EXIT, new Rect(widthM * 100 - 100, depthM * 50 - 150, 100, 300),
                    "Lối thoát hiểm / Fire exit E"));
            features.add(new HallFeature(HallFeature.Kind.DOOR, new Rect(widthM * 50 - 300, depthM * 100 - 100, 600, 100),
                    "Cửa chính / Main entrance"));
        }
        hall.outline(widthM * 100, depthM * 100, features);
    }

    /** Rows of 3 m × 3 m booths, back to back, 3 m aisles, a stage at the far end. */
    private List<Booth> plan(String eventId, Hall ab) {
        Rect floor = ab.floor();
        List<FloorPlan.Fixed> fixed = ab.features().stream().map(f -> new FloorPlan.Fixed(f.area(), f.label())).toList();
        FloorPlan plan = new FloorPlan("AB", floor, fixed, List.of());
        List<Booth> booths = new ArrayList<>();
        Booth stage = new Booth(eventId, "AB", "STAGE", new Rect(5400, 100, 1200, 500), BoothKind.BLOCKED, Pricing.PER_BOOTH, 0,
                "Sân khấu / Stage");
        plan.add(stage);
        booths.add(stage);
        List<FloorPlan.Slot> slots = FloorPlan.rows(600, 900, 300, 300, 10, 36, 300, true,
                new FloorPlan.Numbering(FloorPlan.Numbering.Scheme.HUNDREDS, "", 1, 36));
        for (FloorPlan.Slot slot : slots) {
            if (!plan.isFree(slot.area())) {
                continue;
            }
            long price = slot.kind() == BoothKind.CORNER ? 33_000_000 : 30_000_000;
            Booth b = new Booth(eventId, "AB", slot.number(), slot.area(), slot.kind(), Pricing.PER_BOOTH, price, null);
            plan.add(b);
            booths.add(b);
        }
        booths.forEach(exhibition::add);
        exhibition.flush();
        return booths;
    }
}
