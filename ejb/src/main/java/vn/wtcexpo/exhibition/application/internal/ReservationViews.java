package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.shared.DomainException;

/** Reservations as their readers see them: the booth, the company, the event's names and the current payment request. */
@ApplicationScoped
public class ReservationViews {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    /** An exhibitor's: its company's reservations (none while it has no company yet), at one event or at all. */
    public List<ReservationSummary> ofCompany(Optional<Exhibitor> company, String eventId) {
        List<Reservation> list = company.map(c -> repository.reservationsOfExhibitor(c.id())).orElse(List.of());
        return of(eventId == null ? list : list.stream().filter(r -> r.eventId().equals(eventId)).toList());
    }

    /**
     * An organizer's: the reservations at an event it manages ({@code EVENT_NOT_FOUND} otherwise), or at all its
     * events; the venue admin's, at any event.
     */
    public List<ReservationSummary> ofManagedEvents(String eventId) {
        if (eventId == null) {
            return of(repository.reservationsOfEvents(events.mine().stream().map(EventSummary::id).toList()));
        }
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        return of(repository.reservationsOfEvents(List.of(eventId)));
    }

    /** Many at once: their booths, companies and requests read in a few queries, not a few per reservation. */
    public List<ReservationSummary> of(List<Reservation> list) {
        Map<String, EventSummary> eventCache = new HashMap<>();
        Map<String, Exhibitor> companies = new HashMap<>();
        repository.exhibitors(list.stream().map(Reservation::exhibitorId).distinct().toList())
                .forEach(e -> companies.put(e.id(), e));
        Map<String, Booth> booths = repository.booths(list.stream().map(Reservation::boothId).distinct().toList());
        var requests = repository.paymentRequestsOf(list);
        List<ReservationSummary> out = new ArrayList<>();
        for (Reservation r : list) {
            EventSummary event = eventCache.computeIfAbsent(r.eventId(), events::known);
            var request = requests.get(r.id());
            out.add(of(r, event, booths.get(r.boothId()), companies.get(r.exhibitorId()),
                    request == null ? null : PaymentRequestSummary.of(request.getKey(), request.getValue())));
        }
        return out;
    }

    public ReservationSummary of(Reservation r, EventSummary event, Booth booth, Exhibitor company) {
        PaymentRequestSummary invoice = repository.paymentRequest(r.paymentRequestId())
                .map(p -> PaymentRequestSummary.of(p, repository.paymentsOf(p.id()))).orElse(null);
        return of(r, event, booth, company, invoice);
    }

    private static ReservationSummary of(Reservation r, EventSummary event, Booth booth, Exhibitor company,
                                         PaymentRequestSummary invoice) {
        return new ReservationSummary(r.id(), r.eventId(), event.nameVi(), event.nameEn(), booth.id(), booth.number(),
                booth.hallCode(), booth.area().areaSqm(), booth.netPriceVnd(), r.exhibitorId(),
                company == null ? "" : company.companyName(), r.requestedBy(), r.status(), r.requestedAt(),
                r.holdExpiresAt(), r.decidedAt(), r.closedAt(), r.closeReason(), invoice);
    }
}
