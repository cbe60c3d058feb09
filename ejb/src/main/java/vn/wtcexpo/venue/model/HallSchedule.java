package vn.wtcexpo.venue.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who occupies which plain hall when: the calendar that confirmed bookings and blackouts write into.
 * Callers lock first ({@link #lockNeighbourhood}), then check, then occupy, all in one
 * transaction: two writers that share any floor space queue on the same hall row.
 */
@ApplicationScoped
public class HallSchedule {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    @Inject
    private HallRepository halls;

    /**
     * Locks, until the transaction ends, the rows of every plain hall that {@code hall} or any hall sharing
     * space with it occupies (booking A locks A and B when A+B exists), in code order so that two callers
     * never wait for each other in a circle. Whoever changes who holds or occupies {@code hall}'s space
     * takes this lock first; then everything that competes with it stands still while it checks.
     */
    public void lockNeighbourhood(Hall hall) {
        Set<String> plain = new TreeSet<>(hall.footprint());
        for (String code : sharingSpaceWith(hall)) {
            halls.find(code).ifPresent(h -> plain.addAll(h.footprint()));
        }
        for (String code : plain) {
            halls.findForUpdate(code);
        }
    }

    /** The codes of every hall that shares floor space with {@code hall}: itself, its parts, and the combined halls over them. */
    public Set<String> sharingSpaceWith(Hall hall) {
        Set<String> related = new LinkedHashSet<>();
        related.add(hall.code());
        for (String part : hall.footprint()) {
            related.add(part);
            halls.combinedContaining(part).forEach(c -> related.add(c.code()));
        }
        return related;
    }

    /** Occupation of any plain hall of {@code hall}'s footprint overlapping {@code [from, to)}. */
    public List<Occupancy> occupied(Hall hall, Instant from, Instant to) {
        return em.createNamedQuery("Occupancy.overlapping", Occupancy.class)
                .setParameter("codes", hall.footprint()).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Occupation of the given plain halls overlapping {@code [from, to)}, for calendars. */
    public List<Occupancy> occupied(Collection<String> plainCodes, Instant from, Instant to) {
        return em.createNamedQuery("Occupancy.overlapping", Occupancy.class)
                .setParameter("codes", plainCodes).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public void occupyForBooking(Hall hall, String bookingId, Instant start, Instant end) {
        em.flush(); // the booking row first: occupancy refers to it
        for (String code : hall.footprint()) {
            em.persist(Occupancy.byBooking(code, bookingId, start, end));
        }
    }

    public void occupyForBlackout(Hall hall, String blackoutId, Instant start, Instant end) {
        em.flush(); // the blackout row first: occupancy refers to it
        for (String code : hall.footprint()) {
            em.persist(Occupancy.byBlackout(code, blackoutId, start, end));
        }
    }

    public void releaseBooking(String bookingId) {
        List<Occupancy> rows = new ArrayList<>(em.createNamedQuery("Occupancy.ofBooking", Occupancy.class)
                .setParameter("id", bookingId).getResultList());
        rows.forEach(em::remove);
        em.flush();
    }

    public void releaseBlackout(String blackoutId) {
        List<Occupancy> rows = new ArrayList<>(em.createNamedQuery("Occupancy.ofBlackout", Occupancy.class)
                .setParameter("id", blackoutId).getResultList());
        rows.forEach(em::remove);
        em.flush(); // before the blackout row goes
    }

    /** Writes pending changes now, so that the database's own guard speaks inside the caller's try block. */
    public void flush() {
        em.flush();
    }
}
