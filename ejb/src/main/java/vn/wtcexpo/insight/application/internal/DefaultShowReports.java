package vn.wtcexpo.insight.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.gate.application.LeadFigures;
import vn.wtcexpo.gate.application.ScanHistory;
import vn.wtcexpo.insight.application.ForecastService;
import vn.wtcexpo.insight.application.ShowReports;
import vn.wtcexpo.insight.model.Backtest;
import vn.wtcexpo.insight.model.DayTimeline;
import vn.wtcexpo.insight.model.ShowFigures;
import vn.wtcexpo.insight.model.ShowReport;
import vn.wtcexpo.registration.application.RegistrationFigures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.venue.application.HallSummary;
import vn.wtcexpo.venue.application.VenueService;

/** Gathers a show's figures from the contexts that hold them and lets {@link ShowFigures} work the report out. */
@Stateless
public class DefaultShowReports implements ShowReports {

    /** How far back "returning" looks: events at the venue in the three years before the show. */
    static final int RETURNING_YEARS = 3;

    @Inject
    private Clock clock;

    @Inject
    private EventService events;

    @Inject
    private RegistrationFigures registrations;

    @Inject
    private ScanHistory scans;

    @Inject
    private LeadFigures leads;

    @Inject
    private ExhibitionReports exhibition;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private ReservationService reservations;

    @Inject
    private VenueService venue;

    @Inject
    private ForecastService forecasts;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ShowReport report(String eventId) {
        if (eventId == null || !events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        EventSummary event = events.event(eventId);
        Window window = window(event);
        Map<String, ShowFigures.Person> people = people(event.id());
        List<ShowFigures.Scan> counted = scans.counted(event.id(), window.from(), window.to()).stream()
                .map(s -> new ShowFigures.Scan(s.badgeId(), s.kind(), s.hall(), s.in(), s.at())).toList();
        List<ShowFigures.Exhibitor> companies = new ArrayList<>();
        List<ExhibitionReports.DirectoryEntry> directory = event.published() ? exhibition.directory(event.id()) : List.of();
        directory.forEach(d -> companies.add(new ShowFigures.Exhibitor(d.exhibitorId(), d.companyName())));
        List<ShowFigures.Lead> captured = leads.captured(event.id()).stream()
                .map(l -> new ShowFigures.Lead(l.exhibitorId(), l.at())).toList();
        // a company with leads but no contracted booth (its staff on the list) still sees its leads counted
        captured.stream().map(ShowFigures.Lead::exhibitorId).distinct()
                .filter(id -> companies.stream().noneMatch(c -> c.id().equals(id)))
                .forEach(id -> companies.add(new ShowFigures.Exhibitor(id, exhibitors.exhibitor(id).companyName())));
        ShowReport.Space space = space(event, directory.size());
        return ShowFigures.report(new ShowFigures.Input(window.asOf(), window.over(), Formats.VIETNAM,
                event.days().stream().map(EventSummary.Day::day).toList(), space, people, counted,
                earlierVisitors(event), companies, captured, openings(event.id())));
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public ShowReport.ExhibitorPage myPage(String eventId) {
        vn.wtcexpo.exhibition.application.ExhibitorProfile me = exhibitors.myCompany()
                .orElseThrow(() -> DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId)));
        String company = me.id();
        EventSummary event;
        try {
            event = events.event(eventId);
        } catch (DomainException e) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        List<ReservationSummary> mine = reservations.reservations(event.id()).stream()
                .filter(r -> company.equals(r.exhibitorId()) && r.live()).toList();
        List<Instant> myLeads = leads.capturedBy(event.id(), company);
        if (mine.isEmpty() && myLeads.isEmpty()) {
            throw DomainException.notFound("EVENT_NOT_FOUND", event.id());
        }
        Window window = window(event);
        List<String> booths = mine.stream().map(ReservationSummary::boothNumber).sorted(vn.wtcexpo.shared.NaturalOrder.INSTANCE).toList();
        List<String> halls = mine.stream().map(ReservationSummary::hall).distinct().sorted().toList();
        Set<LocalDate> days = new HashSet<>(event.days().stream().map(EventSummary.Day::day).toList());
        Map<List<Object>, Integer> perHour = new LinkedHashMap<>();
        for (ScanHistory.Entry e : scans.entries(event.id(), ShowFigures.VISITOR_KINDS)) {
            var t = e.at().atZone(Formats.VIETNAM);
            if (halls.contains(e.hall()) && days.contains(t.toLocalDate()) && e.at().isBefore(window.asOf())) {
                perHour.merge(List.of(t.toLocalDate(), e.hall(), t.getHour()), 1, Integer::sum);
            }
        }
        List<ShowFigures.Entries> traffic = new ArrayList<>();
        perHour.forEach((k, n) -> traffic.add(new ShowFigures.Entries((LocalDate) k.get(0), (String) k.get(1), (Integer) k.get(2), n)));
        return ShowFigures.page(window.asOf(), window.over(), Formats.VIETNAM, me.companyName(), booths, halls,
                myLeads.stream().filter(t -> t.isBefore(window.asOf())).toList(), traffic);
    }

    /** From the first show day's midnight to the last one's; the figures stop at its closing or now. */
    private record Window(Instant from, Instant to, Instant asOf, boolean over) {
    }

    private Window window(EventSummary event) {
        if (event.days().isEmpty()) {
            throw DomainException.conflict("REPORT_BEFORE_SHOW");
        }
        DayTimeline last = DayFigures.showDay(event, event.lastDay());
        Instant now = clock.instant();
        Instant from = event.firstDay().atStartOfDay(Formats.VIETNAM).toInstant();
        if (now.isBefore(from)) {
            throw DomainException.conflict("REPORT_BEFORE_SHOW");
        }
        Instant to = event.lastDay().plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant();
        boolean over = !now.isBefore(last.closesAt());
        return new Window(from, to, over ? last.closesAt() : now, over);
    }

    private Map<String, ShowFigures.Person> people(String eventId) {
        Map<String, ShowFigures.Person> people = new HashMap<>();
        for (RegistrationFigures.Holder h : registrations.holders(eventId)) {
            people.put(h.badgeId(), new ShowFigures.Person(h.kind(), h.active(), h.personKey(), h.interests()));
        }
        return people;
    }

    /** The keys of people admitted as visitors to the venue's earlier events (of any organizer) in the last years. */
    private Set<String> earlierVisitors(EventSummary event) {
        LocalDate first = event.firstDay();
        Set<String> keys = new HashSet<>();
        for (EventSummary e : events.heldBefore(first)) {
            if (e.id().equals(event.id()) || e.lastDay().isBefore(first.minusYears(RETURNING_YEARS))) {
                continue;
            }
            Instant from = e.firstDay().atStartOfDay(Formats.VIETNAM).toInstant();
            Instant to = e.lastDay().plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant();
            Set<String> came = new HashSet<>();
            scans.counted(e.id(), from, to).stream().filter(s -> s.in() && ShowFigures.VISITOR_KINDS.contains(s.kind()))
                    .forEach(s -> came.add(s.badgeId()));
            if (came.isEmpty()) {
                continue;
            }
            registrations.holders(e.id()).stream().filter(h -> h.personKey() != null && came.contains(h.badgeId()))
                    .forEach(h -> keys.add(h.personKey()));
        }
        return keys;
    }

    /** Gross: the event's halls as the venue lists them; net: booths reserved or sold (contracted, paid or not). */
    private ShowReport.Space space(EventSummary event, int directExhibitors) {
        double gross = 0;
        for (String code : event.halls()) {
            HallSummary hall = venue.hall(code);
            gross += hall.areaSqm();
        }
        double net = exhibition.dashboard(event.id()).total().contractedSqm();
        return new ShowReport.Space(event.halls(), gross, net, directExhibitors);
    }

    /** How the forecast did on each day gone by, as of its opening. */
    private List<Backtest> openings(String eventId) {
        Map<LocalDate, Backtest> first = new LinkedHashMap<>();
        forecasts.backtest(eventId).stream().sorted(Comparator.comparing(Backtest::asOf))
                .forEach(b -> first.putIfAbsent(b.day(), b));
        return List.copyOf(first.values());
    }
}
