package vn.wtcexpo.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.event.application.EventDraft;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.event.application.EventTerms;
import vn.wtcexpo.gate.application.CheckinService;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.ScanRequest;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.infrastructure.security.Replay;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/**
 * SAMPLE DATA, not facts: four fairs the venue held in the last months, for the crowd forecast to learn from and to be
 * checked against: each booked, published and given gates, its visitors registered over the weeks before, and on each
 * of its two show days some of them came, scanned in at the gate staff's lane, stayed a while and scanned out, with
 * walk-ins registered at the desk. Their days differ as real ones do: a morning rush, a lunch bump, a rainy slow start,
 * a Saturday crowd. Generated from a fixed seed, so every start makes the same history.
 */
@ApplicationScoped
class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final int OPENS = 9;
    private static final int CLOSES = 17;
    /** Gate staff scan the demo's past: the demo account {@code gate}. */
    private static final String GATE = "gate";

    @Inject
    private BookingService bookings;

    @Inject
    private EventService events;

    @Inject
    private GateService gates;

    @Inject
    private RegistrationService registrations;

    @Inject
    private CheckinService checkins;

    /** A past fair: where, when, how many registered, and how its two days went. */
    record Fair(String key, String nameVi, String nameEn, String hall, int weeksAgo, DayOfWeek firstDay, int registered,
                List<String> interests,
                Day first, Day second) {
    }

    /**
     * A show day's crowd: the share of registered visitors who came, walk-ins, and when people arrived: a rush
     * {@code peakHours} after opening ({@code spreadHours} wide) and a share {@code lunch} of them around 13:30.
     */
    record Day(double showUp, int walkIns, double peakHours, double spreadHours, double lunch) {
    }

    static final List<Fair> FAIRS = List.of(
            new Fair("nongnghiep", "Triển lãm Máy Nông nghiệp", "Agri-Machinery Expo", "A", 14, DayOfWeek.TUESDAY, 260, List.of("AGRICULTURE", "WOODWORKING_MACHINERY", "ENERGY_AND_ENVIRONMENT"),
                    new Day(0.48, 14, 1.0, 0.7, 0.10), new Day(0.36, 9, 1.2, 0.8, 0.10)),
            new Fair("baobi", "Hội chợ Bao bì", "Packaging Fair", "C", 10, DayOfWeek.THURSDAY, 240, List.of("PACKAGING", "PRINTING", "PLASTICS_AND_RUBBER"),
                    new Day(0.45, 12, 1.4, 0.8, 0.30), new Day(0.40, 10, 1.5, 0.9, 0.30)),
            // a rainy morning: people came late, and fewer
            new Fair("dientu", "Tuần lễ Điện tử", "Electronics Week", "B", 7, DayOfWeek.WEDNESDAY, 250, List.of("ELECTRONICS", "ELECTRICAL_EQUIPMENT", "IT_AND_SOFTWARE"),
                    new Day(0.30, 6, 3.2, 1.2, 0.15), new Day(0.44, 12, 1.2, 0.8, 0.15)),
            // Friday and Saturday: the weekend brings more, later
            new Fair("giadung", "Hội chợ Đồ gia dụng", "Home Living Fair", "A", 4, DayOfWeek.FRIDAY, 260, List.of("FURNITURE", "CONSUMER_GOODS", "TEXTILES_AND_GARMENTS"),
                    new Day(0.42, 12, 1.3, 0.9, 0.20), new Day(0.58, 20, 2.3, 1.3, 0.25)));

    void loadIfNone(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Formats.VIETNAM);
        if (!Cast.organizer(now, () -> events.heldBefore(today)).isEmpty()) {
            return;
        }
        Random random = new Random(2025);
        for (Fair fair : FAIRS) {
            LocalDate first = today.minusWeeks(fair.weeksAgo()).with(TemporalAdjusters.previousOrSame(fair.firstDay()));
            try {
                hold(fair, first, random);
            } catch (RuntimeException e) {
                // a hall taken in those days (an older demo database): the history is shorter, the rest still loads
                LOG.info("Demo: the past fair " + fair.nameEn() + " was not made: " + e);
            }
        }
    }

    private void hold(Fair fair, LocalDate first, Random random) {
        String title = fair.nameVi() + " " + first.getYear();
        Instant booked = startOf(first).minus(75, ChronoUnit.DAYS);
        BookingSummary booking = Cast.organizer(booked, () -> bookings.request(new BookingRequest(fair.hall(), title,
                startOf(first.minusDays(1)), startOf(first.plusDays(2)), 1, 0)));
        Cast.admin(booked.plus(1, ChronoUnit.DAYS), () -> bookings.confirm(booking.id(), false, null));
        Instant created = booked.plus(5, ChronoUnit.DAYS);
        EventSummary event = Cast.organizer(created, () -> events.create(new EventDraft(title, fair.nameEn() + " " + first.getYear(),
                null, null, List.of(booking.id()), at(first, OPENS, 0), at(first.plusDays(1), CLOSES, 0), EventTerms.defaults())));
        String id = event.id();
        Cast.organizer(created.plus(1, ChronoUnit.DAYS), () -> events.publish(id));
        String in = fair.hall() + "-IN";
        String out = fair.hall() + "-OUT";
        Cast.organizer(startOf(first).minus(2, ChronoUnit.DAYS), () -> {
            gates.addGate(id, in, fair.hall(), GateDirection.IN);
            return gates.addGate(id, out, fair.hall(), GateDirection.OUT);
        });

        // registered online over the eight weeks before the first show day
        List<String> codes = new ArrayList<>();
        // who people are and what interests them come from a sequence of their own: the crowd's stays as it was
        Random people = new Random(fair.key().hashCode());
        for (int i = 0; i < fair.registered(); i++) {
            Instant when = startOf(first).minus(56, ChronoUnit.DAYS).plus(random.nextInt(55 * 24 * 60), ChronoUnit.MINUTES);
            // every third registrant is one of the venue's regulars, who come to one fair after another (same e-mail)
            String email = i % 3 == 0 ? "lichsu.khach" + (i / 3 + 1) : "lichsu." + fair.key() + "." + (i + 1);
            RegistrationForm form = visitor(email, fair, random, people);
            codes.add(Cast.visitor(when, () -> registrations.register(id, form)).badge().code());
        }
        day(id, fair, fair.first(), first, codes, in, out, random, people);
        day(id, fair, fair.second(), first.plusDays(1), codes, in, out, random, people);
    }

    /** One show day: who came, when they scanned in at {@code in} and out at {@code out}, walk-ins at the desk. */
    private void day(String eventId, Fair fair, Day d, LocalDate date, List<String> codes, String in, String out, Random random,
                     Random people) {
        List<Scan> scans = new ArrayList<>();
        for (String code : codes) {
            if (random.nextDouble() < d.showUp()) {
                visit(scans, code, date, d, in, out, random);
            }
        }
        for (int i = 0; i < d.walkIns(); i++) {
            Instant arrives = arrival(date, d, random);
            RegistrationForm form = visitor("lichsu." + fair.key() + ".quay." + date.getDayOfMonth() + "." + (i + 1), fair,
                    random, people);
            String code = Cast.organizer(arrives.minus(3, ChronoUnit.MINUTES),
                    () -> registrations.registerAtDesk(eventId, BadgeKind.VISITOR, form)).badge().code();
            scans.add(new Scan(arrives, code, in, "IN"));
            scans.add(new Scan(leaves(arrives, date, random), code, out, "OUT"));
        }
        scans.sort(Comparator.comparing(Scan::at));
        for (Scan s : scans) {
            Replay.as(GATE, Set.of(Roles.GATE_STAFF), s.at(), () -> checkins.scan(new ScanRequest(s.code(), s.gate(),
                    s.direction(), UUID.randomUUID().toString(), null, null, eventId)));
        }
    }

    private void visit(List<Scan> scans, String code, LocalDate date, Day d, String in, String out, Random random) {
        Instant arrives = arrival(date, d, random);
        scans.add(new Scan(arrives, code, in, "IN"));
        scans.add(new Scan(leaves(arrives, date, random), code, out, "OUT"));
    }

    /** When someone comes: the rush or the lunch-time bump, within the opening hours. */
    private static Instant arrival(LocalDate date, Day d, Random random) {
        double hours = random.nextDouble() < d.lunch() ? 4.5 + random.nextGaussian() * 0.6
                : d.peakHours() + random.nextGaussian() * d.spreadHours();
        long minutes = Math.round(Math.max(0.02, Math.min(CLOSES - OPENS - 0.75, hours)) * 60);
        return at(date, OPENS, 0).plus(minutes, ChronoUnit.MINUTES).plusSeconds(random.nextInt(60));
    }

    /** When they leave: a stay of about two and a half hours, most between one and a half and four; before closing. */
    private static Instant leaves(Instant arrives, LocalDate date, Random random) {
        long stay = Math.round(150 * Math.exp(random.nextGaussian() * 0.45));
        Instant leaves = arrives.plus(Math.max(10, stay), ChronoUnit.MINUTES);
        Instant closing = at(date, CLOSES, 0).minus(1, ChronoUnit.MINUTES);
        return leaves.isAfter(closing) ? closing : leaves;
    }

    /** A visitor of a past fair with the e-mail {@code mailbox}@example.vn, interested in one or two of its themes. */
    private static RegistrationForm visitor(String mailbox, Fair fair, Random random, Random people) {
        String name = DemoBadges.name(random);
        String locale = random.nextInt(5) == 0 ? "en" : "vi";
        boolean share = random.nextBoolean();
        List<String> interests = new ArrayList<>(fair.interests());
        java.util.Collections.shuffle(interests, people);
        return new RegistrationForm(name, null, null, mailbox + "@example.vn", null, locale, share,
                interests.subList(0, 1 + people.nextInt(2)));
    }

    private record Scan(Instant at, String code, String gate, String direction) {
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.VIETNAM).toInstant();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Formats.VIETNAM).toInstant();
    }
}
