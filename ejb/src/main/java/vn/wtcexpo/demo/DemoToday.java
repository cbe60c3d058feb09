package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.booking.model.Quote;
import vn.wtcexpo.booking.model.QuoteCalculator;
import vn.wtcexpo.event.model.Event;
import vn.wtcexpo.event.model.EventBooking;
import vn.wtcexpo.event.model.EventRepository;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.StaffMember;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.registration.application.internal.EventKeys;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.Registrant;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;

/**
 * SAMPLE DATA, not facts: a small fair that runs today, whatever day the demo starts, so that a newcomer can scan
 * a badge at once: "Binh Duong Industry Week" in halls C and D, moved in yesterday, open today and tomorrow
 * around the clock; three gates (C-NORTH in, C-EXIT out, D-MAIN both ways), a paired demo phone (its scanner link
 * is written to the server log), visitors, press, VIP, staff and the demo exhibitor's staff with badges.
 * Made again on a later start when no published event runs that day and halls C and D are free.
 */
@ApplicationScoped
class DemoToday {

    private static final Logger LOG = Logger.getLogger(DemoToday.class.getName());
    static final String TITLE_VI = "Tuần lễ Công nghiệp Bình Dương";
    static final String TITLE_EN = "Binh Duong Industry Week";

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
    private RegistrationRepository registrations;

    @Inject
    private EventKeys keys;

    @Inject
    private GateRepository gates;

    void loadIfNoneToday(String organizer, String exhibitorAccount) {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        boolean running = events.all().stream().anyMatch(e -> e.isPublished() && e.showDates().contains(today));
        if (running) {
            return;
        }
        Hall c = halls.find("C").orElse(null);
        Hall d = halls.find("D").orElse(null);
        if (c == null || d == null) {
            return;
        }
        Instant from = today.minusDays(1).atStartOfDay(Formats.VIETNAM).toInstant();
        Instant to = today.plusDays(2).atStartOfDay(Formats.VIETNAM).toInstant();
        if (!schedule.occupied(c, from, to).isEmpty() || !schedule.occupied(d, from, to).isEmpty()) {
            LOG.info("Demo: halls C and D are taken around today; no event that runs today was made");
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BookingPeriod period = new BookingPeriod(from, to, 1, 0);
        String title = TITLE_VI + " " + today.getYear();
        HallBooking bc = book(c, organizer, title, period, now);
        HallBooking bd = book(d, organizer, title, period, now);
        Event event = Event.draft(organizer, title, TITLE_EN + " " + today.getYear(),
                "Máy móc, tự động hoá và công nghiệp hỗ trợ. Bản trình diễn: mở cửa suốt ngày đêm để bạn thử quét thẻ tại cổng.",
                "Machinery, automation and supporting industries. A demo: open around the clock so that you can try the gates.",
                today.atStartOfDay(Formats.VIETNAM).toInstant(), to,
                List.of(new EventBooking(bc.id(), "C"), new EventBooking(bd.id(), "D")),
                Set.of(today, today.plusDays(1)), Set.of(today.minusDays(1)));
        // the press enter hall C only: a press badge at D-MAIN shows "wrong hall"
        event.admit(BadgeKind.PRESS, List.of(today, today.plusDays(1)), List.of("C"));
        event.publish(now);
        events.add(event);
        events.flush();
        badges(event.id(), exhibitorAccount, now);
        gates.hall(event.id(), "C", c.capacity());
        gates.hall(event.id(), "D", d.capacity());
        gates.add(Gate.of(event.id(), "C-NORTH", "C", GateDirection.IN, event.hallCodes(), now));
        gates.add(Gate.of(event.id(), "C-EXIT", "C", GateDirection.OUT, event.hallCodes(), now));
        gates.add(Gate.of(event.id(), "D-MAIN", "D", GateDirection.BOTH, event.hallCodes(), now));
        GateDevice.Paired phone = GateDevice.pair(event.id(), "Demo phone · C-NORTH", DeviceMode.GATE, null, organizer, 30, now);
        gates.add(phone.device());
        gates.flush();
        LOG.info("Demo: \"" + TITLE_EN + "\" runs today with gates C-NORTH, C-EXIT, D-MAIN; the demo phone's scanner: "
                + "http://localhost:8080/scanner.xhtml#device=" + phone.token());
    }

    private HallBooking book(Hall hall, String organizer, String title, BookingPeriod period, Instant now) {
        Quote quote = QuoteCalculator.quote(hall.dayRateVnd(), period, bookings.policy().moveDayRatePercent(), bookings.vatRules());
        HallBooking booking = HallBooking.hold(hall, organizer, title, period, quote, now, now.plus(7, ChronoUnit.DAYS), 1);
        bookings.add(booking);
        booking.confirm("admin", now, quote, false, null);
        schedule.occupyForBooking(hall, booking.id(), period.start(), period.end());
        return booking;
    }

    private void badges(String eventId, String exhibitorAccount, Instant now) {
        EventRegistration desk = keys.newDesk(eventId, now.minus(10, ChronoUnit.DAYS));
        registrations.add(desk);
        registrations.flush();
        Badge.Signer signer = keys.signer(desk);
        Random random = new Random(2026);
        for (int i = 0; i < 40; i++) {
            String name = DemoBadges.name(random);
            Registrant who = Registrant.of(name, i % 3 == 0 ? null : "Công ty TNHH Cơ khí Tân Định " + (i + 1), null,
                    "khach.cn" + (i + 1) + "@example.vn", null, i % 5 == 0 ? "en" : "vi", i % 2 == 0, List.of(), true, List.of());
            desk.admitVisitor();
            registrations.add(Badge.issue(eventId, BadgeKind.VISITOR, who, i % 8 == 7 ? Channel.DESK : Channel.ONLINE,
                    now.minus(9 - i / 5, ChronoUnit.DAYS), signer));
        }
        guest(eventId, BadgeKind.PRESS, "Phóng viên Lý Thu Trang", "Báo Bình Dương", now, signer);
        guest(eventId, BadgeKind.VIP, "Hồ Quốc Hùng", "Sở Công Thương Bình Dương", now, signer);
        guest(eventId, BadgeKind.ORGANIZER_STAFF, "Bùi Thị Mai", "Ban tổ chức", now, signer);
        guest(eventId, BadgeKind.CONTRACTOR, "Đỗ Văn Long", "Công ty TNHH Dàn dựng Ánh Sao", now, signer);
        Optional<Exhibitor> mine = exhibition.memberOf(exhibitorAccount).flatMap(m -> exhibition.exhibitor(m.exhibitorId()));
        if (mine.isPresent()) {
            Exhibitor company = mine.get();
            String[][] staff = {{"Lê Hoàng Anh", "Trưởng gian hàng"}, {"Phan Ngọc Hà", "Nhân viên kinh doanh"}};
            for (int i = 0; i < staff.length; i++) {
                StaffMember member = new StaffMember(company.id(), eventId, staff[i][0], "gianhang" + (i + 1) + "@example.vn", staff[i][1]);
                exhibition.add(member);
                exhibition.flush();
                Registrant who = Registrant.of(staff[i][0], company.companyName(), staff[i][1], member.email(), null, "vi",
                        false, List.of(), false, List.of());
                registrations.add(Badge.forStaff(eventId, member.id(), company.id(), who, now, signer));
            }
        }
        registrations.flush();
    }

    private void guest(String eventId, BadgeKind kind, String name, String company, Instant now, Badge.Signer signer) {
        Registrant who = Registrant.of(name, company, null, null, null, "vi", false, List.of(), false, List.of());
        registrations.add(Badge.issue(eventId, kind, who, Channel.DESK, now.minus(2, ChronoUnit.DAYS), signer));
    }
}
