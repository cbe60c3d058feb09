package vn.wtcexpo.exhibition.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.BoothClaim;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.shared.DomainException;

/**
 * The one lock order of every change of a booth's state: the booth rows (a booth and the booths a combined booth
 * covers) in id order, then the reservation again under its own lock. Paying or withdrawing a payment request changes
 * every booth it covers, so it locks them all at once. Joins the caller's transaction.
 */
@ApplicationScoped
public class BoothLocks {

    @Inject
    private ExhibitionRepository repository;

    /** The ids of a booth and of the booths it covers (a combined booth's members). */
    public List<String> floorOf(Booth booth) {
        List<String> ids = new ArrayList<>();
        ids.add(booth.id());
        repository.members(booth.id()).forEach(m -> ids.add(m.id()));
        return ids;
    }

    /** Locks a booth with the booths it covers; returns their ids. */
    public List<String> lockFloor(Booth booth) {
        List<String> floor = floorOf(booth);
        repository.lockBooths(floor);
        return floor;
    }

    /** Locks a reservation's booth (and those it covers), then reads the reservation again under its lock. */
    public Booth lockFloorOf(Reservation r) {
        Booth booth = repository.booth(r.boothId()).orElseThrow();
        lockFloor(booth);
        repository.refresh(r);
        return booth;
    }

    /** The booths of several reservations and those they cover, locked in one id order; the booths by reservation id. */
    public Map<String, Booth> lockFloorsOf(List<Reservation> reservations) {
        Map<String, Booth> booths = new HashMap<>();
        List<String> floor = new ArrayList<>();
        for (Reservation r : reservations) {
            Booth booth = repository.booth(r.boothId()).orElseThrow();
            booths.put(r.id(), booth);
            floor.addAll(floorOf(booth));
        }
        repository.lockBooths(floor);
        reservations.forEach(repository::refresh);
        return booths;
    }

    /**
     * Locks a reservation's booths with those of every reservation its payment request covers, and reads them all
     * again; the booths by reservation id.
     */
    public Map<String, Booth> lockWithItsRequest(Reservation r) {
        List<Reservation> all = new ArrayList<>();
        all.add(r);
        repository.paymentRequest(r.paymentRequestId()).ifPresent(p -> p.reservationIds().stream()
                .filter(o -> !o.equals(r.id())).map(o -> repository.reservation(o).orElseThrow()).forEach(all::add));
        return lockFloorsOf(all);
    }

    /**
     * Stores a new hold with a claim on every booth of its floor ({@code floor}, as {@link #lockFloor} returned it):
     * the database's own guard, one live claim per booth, answers {@code BOOTH_TAKEN} to a hold that lost a race.
     */
    public void claim(Reservation r, Booth booth, List<String> floor) {
        DatabaseFailures.guarded(() -> {
            repository.add(r);
            repository.flush(); // the claims refer to it: no mapping tells EclipseLink the order
            for (String id : floor) {
                repository.add(new BoothClaim(id, r.id()));
            }
            repository.flush();
        }, () -> DomainException.conflict("BOOTH_TAKEN", booth.number()));
    }
}
