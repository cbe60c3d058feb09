package vn.wtcexpo.booking.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Hall bookings, the booking policy and VAT rules in the database; joins the caller's transaction. */
@ApplicationScoped
public class BookingRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public Optional<HallBooking> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(HallBooking.class, id));
    }

    /** Reads the booking again from the database and locks its row until the transaction ends. */
    public HallBooking refresh(HallBooking booking) {
        em.refresh(booking, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return booking;
    }

    public void add(HallBooking booking) {
        em.persist(booking);
    }

    /** Tentative and confirmed bookings on any of {@code hallCodes} overlapping {@code [from, to)}. */
    public List<HallBooking> liveOn(Collection<String> hallCodes, Instant from, Instant to) {
        return em.createNamedQuery("HallBooking.liveSharing", HallBooking.class)
                .setParameter("codes", hallCodes).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public List<HallBooking> confirmedOn(Collection<String> hallCodes) {
        return em.createNamedQuery("HallBooking.confirmedSharing", HallBooking.class)
                .setParameter("codes", hallCodes).getResultList();
    }

    /** The ids of holds whose option date is at or before {@code cutoff}, earliest first. */
    public List<String> holdIdsDueBy(Instant cutoff, int max) {
        return em.createNamedQuery("HallBooking.dueHoldIds", String.class)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    /**
     * @param hall      a hall code, or null for all
     * @param organizer a username, or null for everybody's
     */
    public List<HallBooking> search(String hall, String organizer, Instant from, Instant to) {
        StringBuilder jpql = new StringBuilder("select b from HallBooking b where b.startsAt < :to and b.endsAt > :from");
        if (hall != null) {
            jpql.append(" and b.hall.code = :hall");
        }
        if (organizer != null) {
            jpql.append(" and b.organizer = :organizer");
        }
        jpql.append(" order by b.startsAt, b.hold.requestedAt");
        var query = em.createQuery(jpql.toString(), HallBooking.class).setParameter("from", from).setParameter("to", to);
        if (hall != null) {
            query.setParameter("hall", hall);
        }
        if (organizer != null) {
            query.setParameter("organizer", organizer);
        }
        return query.setMaxResults(2000).getResultList();
    }

    public BookingPolicy policy() {
        return em.find(BookingPolicy.class, BookingPolicy.ID);
    }

    public List<VatRule> vatRules() {
        return em.createNamedQuery("VatRule.all", VatRule.class).getResultList();
    }

    public Optional<VatRule> findVatRule(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(VatRule.class, id));
    }

    public void add(VatRule rule) {
        em.persist(rule);
    }

    public void remove(VatRule rule) {
        em.remove(rule);
    }
}
