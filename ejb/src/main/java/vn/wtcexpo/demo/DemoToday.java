package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import vn.wtcexpo.booking.application.Availability;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.event.application.EventDraft;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventTerms;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.application.RowsDraft;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.Formats;

/**
 * SAMPLE DATA, not facts: a small fair that runs today, whatever day the demo starts, so that a newcomer can scan a
 * badge at once: "Binh Duong Industry Week" in halls C and D, booked three weeks ago, moved in yesterday, open today
 * and tomorrow around the clock; a row of booths in hall C, one of them the demo exhibitor's, with two people on its
 * staff list; three gates (C-NORTH in, C-EXIT out, D-MAIN both ways), a paired demo phone (its scanner link is written
 * to the server log), visitors who registered over the last week, press (hall C only), VIP, staff and a contractor.
 * Made again on a later start when no published event runs that day and halls C and D are free.
 */
@ApplicationScoped
class DemoToday {

    private static final Logger LOG = Logger.getLogger(DemoToday.class.getName());
    static final String TITLE_VI = "Tuần lễ Công nghiệp Bình Dương";
    static final String TITLE_EN = "Binh Duong Industry Week";

    @Inject
    private BookingService bookings;

    @Inject
    private EventService events;

    @Inject
    private FloorPlanService plans;

    @Inject
    private ReservationService reservations;

    @Inject
    private StaffService staff;

    @Inject
    private RegistrationService registrations;

    @Inject
    private GateService gates;

    @Inject
    private DeviceService devices;

    void loadIfNoneToday(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Formats.VIETNAM);
        boolean running = Cast.visitor(now, events::published).stream()
                .anyMatch(e -> e.days().stream().anyMatch(d -> d.day().equals(today)));
        if (running) {
            return;
        }
        String title = TITLE_VI + " " + today.getYear();
        Instant booked = now.minus(20, ChronoUnit.DAYS);
        BookingRequest c = new BookingRequest("C", title, startOf(today.minusDays(1)), startOf(today.plusDays(2)), 1, 0);
        BookingRequest d = new BookingRequest("D", title, c.start(), c.end(), 1, 0);
        if (!free(c, booked) || !free(d, booked)) {
            LOG.info("Demo: halls C and D are taken around today; no event that runs today was made");
            return;
        }
        BookingSummary bc = Cast.organizer(booked, () -> bookings.request(c));
        BookingSummary bd = Cast.organizer(booked, () -> bookings.request(d));
        Instant confirmed = booked.plus(1, ChronoUnit.DAYS);
        Cast.admin(confirmed, () -> bookings.confirm(bc.id(), false, null));
        Cast.admin(confirmed, () -> bookings.confirm(bd.id(), false, null));

        Instant created = now.minus(18, ChronoUnit.DAYS);
        EventSummary event = Cast.organizer(created, () -> events.create(new EventDraft(title, TITLE_EN + " " + today.getYear(),
                "Máy móc, tự động hoá và công nghiệp hỗ trợ. Bản trình diễn: mở cửa suốt ngày đêm để bạn thử quét thẻ tại cổng.",
                "Machinery, automation and supporting industries. A demo: open around the clock so that you can try the gates.",
                List.of(bc.id(), bd.id()), startOf(today), c.end(), EventTerms.defaults())));
        String id = event.id();
        Cast.organizer(created, () -> {
            // the press enter hall C only: a press badge at D-MAIN shows "wrong hall"
            events.admit(id, BadgeKind.PRESS, List.of(today, today.plusDays(1)), List.of("C"));
            return plans.generateRows(id, new RowsDraft("C", 4, 4, 3, 3, 2, 8, 3, true, FloorPlan.Numbering.Scheme.HUNDREDS,
                    "C", 1, Pricing.PER_BOOTH, 20_000_000));
        });
        Cast.organizer(created.plus(1, ChronoUnit.DAYS), () -> events.publish(id));

        // the demo exhibitor's booth: held, approved the next day, and its two people on the staff list
        String booth = Cast.organizer(created, () -> plans.booths(id)).get(2).number();
        ReservationSummary hold = Cast.exhibitor(Cast.EXHIBITOR, now.minus(16, ChronoUnit.DAYS),
                () -> reservations.reserve(id, booth));
        Cast.organizer(now.minus(15, ChronoUnit.DAYS), () -> reservations.approve(hold.id()));
        String[][] people = {{"Lê Hoàng Anh", "Trưởng gian hàng"}, {"Phan Ngọc Hà", "Nhân viên kinh doanh"}};
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            String email = "gianhang" + (i + 1) + "@example.vn";
            Cast.exhibitor(Cast.EXHIBITOR, now.minus(3, ChronoUnit.DAYS), () -> staff.addStaff(id, p[0], email, p[1]));
        }

        visitors(id, now);
        Instant desk = now.minus(2, ChronoUnit.DAYS);
        DemoBadges.guest(registrations, id, BadgeKind.PRESS, "Phóng viên Lý Thu Trang", "Báo Bình Dương", desk);
        DemoBadges.guest(registrations, id, BadgeKind.VIP, "Hồ Quốc Hùng", "Sở Công Thương Bình Dương", desk);
        DemoBadges.guest(registrations, id, BadgeKind.ORGANIZER_STAFF, "Bùi Thị Mai", "Ban tổ chức", desk);
        DemoBadges.guest(registrations, id, BadgeKind.CONTRACTOR, "Đỗ Văn Long", "Công ty TNHH Dàn dựng Ánh Sao", desk);

        Instant setUp = now.minus(1, ChronoUnit.DAYS);
        Cast.organizer(setUp, () -> {
            gates.addGate(id, "C-NORTH", "C", GateDirection.IN);
            gates.addGate(id, "C-EXIT", "C", GateDirection.OUT);
            return gates.addGate(id, "D-MAIN", "D", GateDirection.BOTH);
        });
        DeviceSummary phone = Cast.organizer(now, () -> devices.pairDevice(id, "Demo phone · C-NORTH", 30));
        LOG.info("Demo: \"" + TITLE_EN + "\" runs today with gates C-NORTH, C-EXIT, D-MAIN; the demo phone's scanner: "
                + "http://localhost:8080/scanner.xhtml#device=" + phone.token());
    }

    /** Visitors who registered over the last nine days, most online, every eighth at the desk. */
    private void visitors(String eventId, Instant now) {
        Random random = new Random(2026);
        for (int i = 0; i < 40; i++) {
            RegistrationForm form = new RegistrationForm(DemoBadges.name(random),
                    i % 3 == 0 ? null : "Công ty TNHH Cơ khí Tân Định " + (i + 1), null, "khach.cn" + (i + 1) + "@example.vn",
                    null, i % 5 == 0 ? "en" : "vi", i % 2 == 0, List.of());
            Instant at = now.minus(9 - i / 5, ChronoUnit.DAYS);
            if (i % 8 == 7) {
                Cast.organizer(at, () -> registrations.registerAtDesk(eventId, BadgeKind.VISITOR, form));
            } else {
                Cast.visitor(at, () -> registrations.register(eventId, form));
            }
        }
    }

    /** Whether the hall is free at {@code at} for the request: no confirmed booking, no blackout, no hold before it. */
    private boolean free(BookingRequest request, Instant at) {
        try {
            Availability a = Cast.organizer(at, () -> bookings.check(request));
            return a.available() && a.rankIfRequested() == 1;
        } catch (vn.wtcexpo.shared.DomainException e) {
            return false;
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.VIETNAM).toInstant();
    }
}
