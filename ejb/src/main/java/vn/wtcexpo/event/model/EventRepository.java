package vn.wtcexpo.event.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events in the database; joins the caller's transaction. */
@ApplicationScoped
public class EventRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public Optional<Event> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Event.class, id));
    }

    /** The event as committed, from the shared cache, for reading only: do not change what it returns. */
    public Optional<Event> findCommitted(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(Event.class, id, Map.of("eclipselink.read-only", "true")));
    }

    /** Reads the event again and locks its row until the transaction ends: plan edits of one event queue here. */
    public Optional<Event> lock(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(Event.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Event event) {
        em.persist(event);
    }

    public List<Event> withStatus(EventStatus status) {
        return em.createNamedQuery("Event.byStatus", Event.class).setParameter("status", status).getResultList();
    }

    public List<Event> organizedBy(String organizer) {
        return em.createNamedQuery("Event.byOrganizer", Event.class).setParameter("organizer", organizer).getResultList();
    }

    public List<Event> all() {
        return em.createNamedQuery("Event.all", Event.class).setMaxResults(1000).getResultList();
    }

    /** The ids of the events whose bookings are on {@code hallCode}. */
    public List<String> idsUsingHall(String hallCode) {
        return em.createNamedQuery("Event.usingHall", String.class).setParameter("hall", hallCode).getResultList();
    }

    /** The names of the events that run on a booking. */
    public List<String> namesOnBooking(String bookingId) {
        return em.createQuery("select e.nameVi from Event e join e.bookings b where b.bookingId = :id", String.class)
                .setParameter("id", bookingId).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
