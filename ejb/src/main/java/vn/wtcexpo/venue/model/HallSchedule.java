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
import java.util.Map;
import java.util.TreeMap;
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
     * Locks, until the transaction ends, the rows of every hall whose floor space touches {@code around}'s:
     * the halls themselves, the plain halls under them, and every combined hall over those (booking A
     * locks A, B and A+B when A+B exists). Rows are locked in code order, so two callers never wait for
     * each other in a circle. Whoever changes who holds or occupies floor space, or what floor space a
     * hall covers, takes this lock first; then everything that competes with it stands still while it
     * checks. If a hall of the neighbourhood changed while we waited (its version moved), the shapes are
     * read again and the lock grows if the neighbourhood grew.
     *
     * @return the codes locked: every hall sharing floor space with {@code around}, and a few more (the
     *         other parts of combined halls over them): a superset to search for competing bookings
     */
    public Set<String> lockNeighbourhood(Hall... around) {
        Map<String, Long> locked = new TreeMap<>();
        Set<String> wanted = neighbourhood(around);
        // the versions of those halls before the lock: any change of a hall's shape changes its version
        Map<String, Long> seen = halls.versionsOf(wanted);
        while (!locked.keySet().containsAll(wanted)) {
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(locked.keySet());
            // one SELECT … FOR UPDATE … ORDER BY code: rows are locked in code order
            Map<String, Long> now = halls.lockInCodeOrder(missing);
            locked.putAll(now);
            boolean unchanged = true;
            for (String code : missing) {
                Long version = now.get(code);
                if (version == null) {
                    locked.put(code, -1L); // no such row (any more): nothing to lock, and the shapes moved
                    unchanged = false;
                } else {
                    unchanged &= version.equals(seen.get(code));
                }
            }
            for (Hall hall : around) {
                if (!unchanged || !Long.valueOf(hall.version()).equals(locked.get(hall.code()))) {
                    halls.refresh(hall);
                }
            }
            if (unchanged) {
                return wanted; // nobody changed a shape while we waited: the neighbourhood is what we locked
            }
            wanted = neighbourhood(around);
            seen = halls.versionsOf(wanted);
        }
        return wanted;
    }

    /** The codes of every hall sharing floor space with any of {@code around}, read from the database: two queries a hall. */
    private Set<String> neighbourhood(Hall... around) {
        Set<String> codes = new TreeSet<>();
        for (Hall hall : around) {
            List<String> plain = halls.partCodesOf(hall.code());
            if (plain.isEmpty()) {
                plain = List.of(hall.code());
            }
            codes.add(hall.code());
            codes.addAll(plain);
            for (String[] combinedAndPart : halls.combinedOver(plain)) {
                codes.add(combinedAndPart[0]);
                codes.add(combinedAndPart[1]);
            }
        }
        return codes;
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
    public List<HallOccupation> occupied(Hall hall, Instant from, Instant to) {
        return em.createNamedQuery("HallOccupation.overlapping", HallOccupation.class)
                .setParameter("codes", hall.footprint()).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /**
     * Whether anything occupies a plain hall of {@code hall}'s footprint in {@code [from, to)}: one row at most is
     * read. Plain SQL, one statement text per footprint size: JPQL with a list parameter is translated to SQL
     * again at every call, which cost more than the round trip.
     */
    public boolean isOccupied(Hall hall, Instant from, Instant to) {
        List<String> codes = List.copyOf(hall.footprint());
        var query = em.createNativeQuery(ANY_OCCUPATION.computeIfAbsent(codes.size(), n ->
                "SELECT 1 FROM hall_occupation WHERE hall_code IN (" + String.join(", ", java.util.Collections.nCopies(n, "?"))
                        + ") AND starts_at < ? AND ends_at > ? LIMIT 1"));
        int i = 1;
        for (String code : codes) {
            query.setParameter(i++, code);
        }
        query.setParameter(i++, java.sql.Timestamp.from(to));
        query.setParameter(i, java.sql.Timestamp.from(from));
        return !query.getResultList().isEmpty();
    }

    private static final Map<Integer, String> ANY_OCCUPATION = new java.util.concurrent.ConcurrentHashMap<>();

    /** Occupation of the given plain halls overlapping {@code [from, to)}, for calendars. */
    public List<HallOccupation> occupied(Collection<String> plainCodes, Instant from, Instant to) {
        return em.createNamedQuery("HallOccupation.overlapping", HallOccupation.class)
                .setParameter("codes", plainCodes).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public void occupyForBooking(Hall hall, String bookingId, Instant start, Instant end) {
        em.flush(); // the booking row first: occupancy refers to it
        for (String code : hall.footprint()) {
            em.persist(HallOccupation.byBooking(code, bookingId, start, end));
        }
    }

    public void occupyForBlackout(Hall hall, String blackoutId, Instant start, Instant end) {
        em.flush(); // the blackout row first: occupancy refers to it
        for (String code : hall.footprint()) {
            em.persist(HallOccupation.byBlackout(code, blackoutId, start, end));
        }
    }

    public void releaseBooking(String bookingId) {
        List<HallOccupation> rows = new ArrayList<>(em.createNamedQuery("HallOccupation.ofBooking", HallOccupation.class)
                .setParameter("id", bookingId).getResultList());
        rows.forEach(em::remove);
        em.flush();
    }

    public void releaseBlackout(String blackoutId) {
        List<HallOccupation> rows = new ArrayList<>(em.createNamedQuery("HallOccupation.ofBlackout", HallOccupation.class)
                .setParameter("id", blackoutId).getResultList());
        rows.forEach(em::remove);
        em.flush(); // before the blackout row goes
    }

    /** Writes pending changes now, so that the database's own guard speaks inside the caller's try block. */
    public void flush() {
        em.flush();
    }
}
