package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.wtcexpo.exhibition.model.ProductCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.exhibition.model.ReservationStatus;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.NaturalOrder;
import vn.wtcexpo.shared.Roles;

@Stateless
public class DefaultExhibitionReports implements ExhibitionReports {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Dashboard dashboard(String eventId) {
        EventSummary event = managed(eventId);
        Map<String, Map<BoothStatus, Integer>> counts = new TreeMap<>();
        Map<String, Map<BoothStatus, Double>> areas = new TreeMap<>();
        event.halls().forEach(h -> {
            counts.put(h, new EnumMap<>(BoothStatus.class));
            areas.put(h, new EnumMap<>(BoothStatus.class));
        });
        Map<BoothStatus, Integer> totalCounts = new EnumMap<>(BoothStatus.class);
        Map<BoothStatus, Double> totalAreas = new EnumMap<>(BoothStatus.class);
        for (Booth b : repository.boothsOf(event.id())) {
            if (b.isCombined()) {
                continue;
            }
            double sqm = b.area().areaSqm();
            counts.computeIfAbsent(b.hallCode(), k -> new EnumMap<>(BoothStatus.class)).merge(b.status(), 1, Integer::sum);
            areas.computeIfAbsent(b.hallCode(), k -> new EnumMap<>(BoothStatus.class)).merge(b.status(), sqm, Double::sum);
            totalCounts.merge(b.status(), 1, Integer::sum);
            totalAreas.merge(b.status(), sqm, Double::sum);
        }
        List<HallLine> halls = new ArrayList<>();
        counts.forEach((hall, c) -> halls.add(new HallLine(hall, c, round(areas.get(hall)))));
        long invoiced = 0;
        long paid = 0;
        // what the current requests ask for (a withdrawn one is replaced by another, or its booths are gone)
        for (PaymentRequest p : repository.paymentRequestsOfEvent(event.id())) {
            if (!p.voided()) {
                invoiced += p.grossVnd();
                paid += p.paidVnd();
            }
        }
        return new Dashboard(event.id(), halls, new HallLine(null, totalCounts, round(totalAreas)), invoiced, paid);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<ExhibitorLine> exhibitorList(String eventId) {
        EventSummary event = managed(eventId);
        Map<String, List<Reservation>> byCompany = new LinkedHashMap<>();
        for (Reservation r : repository.liveReservationsOf(event.id())) {
            byCompany.computeIfAbsent(r.exhibitorId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Exhibitor> companies = new HashMap<>();
        repository.exhibitors(byCompany.keySet()).forEach(e -> companies.put(e.id(), e));
        List<ExhibitorLine> lines = new ArrayList<>();
        for (var entry : byCompany.entrySet()) {
            Exhibitor e = companies.get(entry.getKey());
            List<String> numbers = new ArrayList<>();
            double area = 0;
            long gross = 0;
            long paidVnd = 0;
            java.util.Set<String> counted = new java.util.HashSet<>();
            for (Reservation r : entry.getValue()) {
                Booth b = repository.booth(r.boothId()).orElseThrow();
                numbers.add(b.number());
                area += b.area().areaSqm();
                // a request covers several booths of the company: counted once
                if (r.paymentRequestId() != null && counted.add(r.paymentRequestId())) {
                    var request = repository.paymentRequest(r.paymentRequestId()).filter(p -> !p.voided());
                    gross += request.map(PaymentRequest::grossVnd).orElse(0L);
                    paidVnd += request.map(PaymentRequest::paidVnd).orElse(0L);
                }
            }
            numbers.sort(NaturalOrder.INSTANCE);
            lines.add(new ExhibitorLine(e.companyName(), e.taxCode().display(), e.contactName(), e.email(), e.phone(),
                    e.address(), String.join(", ", numbers), Math.round(area * 100) / 100.0,
                    Reservation.standingOf(entry.getValue()).name(), gross, paidVnd,
                    (int) Reservation.onHoldAt(entry.getValue(), event.id())));
        }
        lines.sort((a, b) -> a.companyName().compareToIgnoreCase(b.companyName()));
        return lines;
    }

    @Override
    @PermitAll
    public List<DirectoryEntry> directory(String eventId) {
        EventSummary event = events.event(eventId);
        if (!event.published()) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        Map<String, List<Booth>> byCompany = new LinkedHashMap<>();
        List<Reservation> shown = repository.liveReservationsOf(event.id()).stream()
                .filter(r -> r.status() == ReservationStatus.RESERVED || r.status() == ReservationStatus.SOLD).toList();
        // the booths in one query, not one per exhibitor's booth (the public page is read by many)
        Map<String, Booth> boothsById = repository.booths(shown.stream().map(Reservation::boothId).toList());
        for (Reservation r : shown) {
            byCompany.computeIfAbsent(r.exhibitorId(), k -> new ArrayList<>()).add(boothsById.get(r.boothId()));
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (Exhibitor e : repository.exhibitors(byCompany.keySet())) {
            List<Booth> booths = byCompany.get(e.id());
            entries.add(new DirectoryEntry(e.id(), e.companyName(), e.website(), e.products(), e.categories(),
                    booths.stream().map(Booth::number).sorted(NaturalOrder.INSTANCE).toList(),
                    booths.stream().map(Booth::hallCode).distinct().sorted().toList()));
        }
        entries.sort((a, b) -> a.companyName().compareToIgnoreCase(b.companyName()));
        return entries;
    }

    private EventSummary managed(String eventId) {
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        return events.event(eventId);
    }

    private static Map<BoothStatus, Double> round(Map<BoothStatus, Double> areas) {
        Map<BoothStatus, Double> out = new EnumMap<>(BoothStatus.class);
        areas.forEach((k, v) -> out.put(k, Math.round(v * 100) / 100.0));
        return out;
    }

    @Override
    @PermitAll
    public List<String> categoriesOf(String eventId) {
        java.util.Set<ProductCategory> found = java.util.EnumSet.noneOf(ProductCategory.class);
        for (DirectoryEntry e : directory(eventId)) {
            found.addAll(e.categories());
        }
        if (found.isEmpty()) {
            found = java.util.EnumSet.allOf(ProductCategory.class);
        }
        return found.stream().map(Enum::name).toList();
    }

    @Override
    @PermitAll
    public List<String> allCategories() {
        return java.util.Arrays.stream(ProductCategory.values()).map(Enum::name).toList();
    }
}
