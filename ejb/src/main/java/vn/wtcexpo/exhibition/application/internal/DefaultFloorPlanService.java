package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.BoothDraft;
import vn.wtcexpo.exhibition.application.BoothSummary;
import vn.wtcexpo.exhibition.application.FloorPlanService;
import vn.wtcexpo.exhibition.application.PlanView;
import vn.wtcexpo.exhibition.application.RowsDraft;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.CombinedBooth;
import vn.wtcexpo.exhibition.model.BoothKind;
import vn.wtcexpo.exhibition.model.BoothStatus;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.shared.Roles;

@Stateless
public class DefaultFloorPlanService implements FloorPlanService {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Inject
    private FloorPlans plans;

    @Override
    @PermitAll
    public PlanView plan(String eventId) {
        return plans.view(events.event(eventId));
    }

    @Override
    @PermitAll
    public List<BoothSummary> booths(String eventId) {
        return plan(eventId).booths();
    }

    @Override
    @PermitAll
    public java.util.Optional<BoothSummary> booth(String eventId, String number) {
        EventSummary event = events.event(eventId);
        return repository.booth(event.id(), number).filter(b -> !b.isCombined())
                .map(b -> BoothSummary.of(b, repository.members(b.id()).stream().map(Booth::number).sorted().toList()));
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BoothSummary addBooth(String eventId, BoothDraft draft) {
        if (draft == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        Booth.checkNumber(draft.number());
        Rect area = Booth.areaOf(draft.xM(), draft.yM(), draft.widthM(), draft.depthM());
        long price = Booth.priceOf(draft.priceVnd(), draft.kind());
        EventSummary event = managed(eventId);
        String hall = FloorPlans.hallOf(event, draft.hall());
        Booth booth = new Booth(event.id(), hall, draft.number(), area, draft.kind(), draft.pricing(), price, draft.label());
        plans.of(event, hall).checkPlace(area, List.of());
        plans.store(booth);
        return BoothSummary.of(booth, List.of());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BoothSummary changeBooth(String eventId, String number, BoothDraft draft) {
        if (draft == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        if (draft.number() != null) {
            Booth.checkNumber(draft.number());
        }
        EventSummary event = managed(eventId);
        Booth booth = lockedBooth(event.id(), number);
        booth.checkChangeable();
        Rect old = booth.area();
        Rect area = Booth.areaOf(draft.xM() == null ? old.xM() : draft.xM(), draft.yM() == null ? old.yM() : draft.yM(),
                draft.widthM() == null ? old.widthM() : draft.widthM(), draft.depthM() == null ? old.depthM() : draft.depthM());
        if (draft.hall() != null && !draft.hall().strip().equalsIgnoreCase(booth.hallCode())) {
            throw DomainException.invalid("hall", "BOOTH_HALL_CANNOT_CHANGE");
        }
        if (!repository.members(booth.id()).isEmpty() && (area.width() != old.width() || area.depth() != old.depth())) {
            throw DomainException.conflict("BOOTH_COMBINED_SIZE_FIXED", booth.number());
        }
        BoothKind kind = draft.kind() == null ? booth.kind() : draft.kind();
        Pricing pricing = draft.pricing() == null ? booth.pricing() : draft.pricing();
        long price = draft.priceVnd() == null ? booth.priceVnd() : Booth.priceOf(draft.priceVnd(), kind);
        plans.of(event, booth.hallCode()).checkPlace(area, List.of(booth));
        List<Booth> members = repository.members(booth.id());
        int dx = area.x() - old.x();
        int dy = area.y() - old.y();
        booth.change(draft.number() == null ? booth.number() : draft.number(), area, kind, pricing, price,
                draft.label() == null ? booth.label() : draft.label());
        CombinedBooth.moveMembers(booth, members, dx, dy);
        plans.flush();
        return BoothSummary.of(booth, members.stream().map(Booth::number).toList());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public void removeBooth(String eventId, String number) {
        EventSummary event = managed(eventId);
        Booth booth = lockedBooth(event.id(), number);
        booth.checkChangeable();
        if (repository.anyClaimed(List.of(booth.id())) || !repository.members(booth.id()).isEmpty()) {
            throw DomainException.conflict("BOOTH_NOT_FREE", booth.number(), booth.status().name());
        }
        if (hasHistory(booth)) {
            throw DomainException.conflict("BOOTH_HAS_RESERVATIONS", booth.number());
        }
        repository.remove(booth);
        plans.flush();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Generated generateRows(String eventId, RowsDraft rows) {
        if (rows == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        List<FloorPlan.Slot> slots = rows.slots();
        long price = Booth.priceOf(rows.priceVnd(), BoothKind.INLINE);
        EventSummary event = managed(eventId);
        String hall = FloorPlans.hallOf(event, rows.hall());
        FloorPlan plan = plans.of(event, hall);
        Set<String> numbers = new java.util.HashSet<>();
        repository.boothsOf(event.id()).forEach(b -> numbers.add(b.number()));
        int placed = 0;
        int skipped = 0;
        for (FloorPlan.Slot slot : slots) {
            String number = Booth.checkNumber(slot.number());
            if (!numbers.add(number) || !plan.isFree(slot.area())) {
                skipped++;
                continue;
            }
            Booth booth = new Booth(event.id(), hall, number, slot.area(), slot.kind(), rows.pricing(), price, null);
            plan.add(booth);
            repository.add(booth);
            placed++;
        }
        plans.flush();
        return new Generated(placed, skipped);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BoothSummary combine(String eventId, List<String> numbers, String number) {
        if (numbers == null || new LinkedHashSet<>(numbers).size() < 2) {
            throw DomainException.invalid("numbers", "BOOTH_COMBINE_NEEDS_TWO");
        }
        if (numbers.size() > CombinedBooth.MAX_PARTS) {
            throw DomainException.invalid("numbers", "PLAN_TOO_MANY_BOOTHS", CombinedBooth.MAX_PARTS);
        }
        String newNumber = CombinedBooth.numberOf(numbers, number);
        EventSummary event = managed(eventId);
        List<String> ids = new ArrayList<>();
        for (String n : new LinkedHashSet<>(numbers)) {
            ids.add(repository.booth(event.id(), n).orElseThrow(() -> DomainException.notFound("BOOTH_NOT_FOUND", n)).id());
        }
        List<Booth> parts = repository.lockBooths(ids);
        for (Booth b : parts) {
            if (!repository.members(b.id()).isEmpty()) {
                throw DomainException.invalid("numbers", "BOOTH_ALREADY_COMBINED", b.number());
            }
        }
        Booth combined = CombinedBooth.over(event.id(), parts, numbers.get(0), newNumber);
        if (repository.anyClaimed(ids)) {
            throw DomainException.conflict("BOOTH_NOT_FREE", String.join(", ", numbers), BoothStatus.ON_HOLD.name());
        }
        // the combined booth may take its first booth's number (that booth goes inside it), no other booth's
        String firstNumber = parts.stream().filter(b -> b.number().equals(numbers.get(0))).findFirst().orElse(parts.get(0)).number();
        if (!newNumber.equals(firstNumber) && repository.booth(event.id(), newNumber).isPresent()) {
            throw DomainException.conflict("BOOTH_NUMBER_TAKEN", newNumber);
        }
        plans.store(combined); // before the booths it covers point to it
        parts.forEach(p -> p.mergeInto(combined));
        plans.flush();
        return BoothSummary.of(combined, parts.stream().map(Booth::number).sorted().toList());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<BoothSummary> split(String eventId, String number) {
        EventSummary event = managed(eventId);
        Booth combined = lockedBooth(event.id(), number);
        List<Booth> members = repository.members(combined.id());
        if (members.isEmpty()) {
            throw DomainException.invalid("number", "BOOTH_NOT_COMBINED", combined.number());
        }
        combined.checkChangeable();
        if (repository.anyClaimed(List.of(combined.id())) || hasHistory(combined)) {
            throw DomainException.conflict("BOOTH_HAS_RESERVATIONS", combined.number());
        }
        List<Booth> locked = repository.lockBooths(members.stream().map(Booth::id).toList());
        locked.forEach(Booth::unmerge);
        repository.flush();
        repository.remove(combined);
        plans.flush();
        return locked.stream().map(b -> BoothSummary.of(b, List.of())).toList();
    }

    /** Whether reservations (even closed ones) name the booth: it is kept for their history. */
    private boolean hasHistory(Booth booth) {
        return repository.reservationsOfEvents(List.of(booth.eventId())).stream().anyMatch(r -> r.boothId().equals(booth.id()));
    }

    private EventSummary managed(String eventId) {
        EventSummary event = events.lockForChange(eventId);
        if (!events.mayManage(event.id())) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        return event;
    }

    private Booth lockedBooth(String eventId, String number) {
        Booth booth = repository.booth(eventId, number).orElseThrow(() -> DomainException.notFound("BOOTH_NOT_FOUND", number));
        return repository.lockBooths(List.of(booth.id())).get(0);
    }
}
