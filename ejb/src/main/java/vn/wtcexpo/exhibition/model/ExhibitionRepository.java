package vn.wtcexpo.exhibition.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Exhibitors, booths, reservations, payment requests and staff lists in the database; joins the caller's transaction. */
@ApplicationScoped
public class ExhibitionRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    // --- exhibitors

    public Optional<Exhibitor> exhibitor(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Exhibitor.class, id));
    }

    /** Locks a company's row until the transaction ends (its staff list changes one at a time). */
    public void lockCompany(String exhibitorId) {
        em.find(Exhibitor.class, exhibitorId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<ExhibitorMember> memberOf(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(ExhibitorMember.class, username));
    }

    /** Whether a company with this tax code (compact form) has signed up already. */
    public boolean taxCodeRegistered(String compactTaxCode) {
        return !em.createQuery("select e.id from Exhibitor e where e.taxCode = :code", String.class)
                .setParameter("code", compactTaxCode).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Exhibitor> exhibitors(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Exhibitor e where e.id in :ids", Exhibitor.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The seller on payment requests, if the venue admin has given it. */
    public Optional<Seller> seller() {
        return Optional.ofNullable(em.find(Seller.class, Seller.ID));
    }

    /** The seller's row, locked for a change (two admins saving at once: one after the other). */
    public Optional<Seller> lockSeller() {
        return Optional.ofNullable(em.find(Seller.class, Seller.ID, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }

    // --- booths

    public List<Booth> boothsOf(String eventId) {
        return em.createNamedQuery("Booth.ofEvent", Booth.class).setParameter("event", eventId).getResultList();
    }

    public Optional<Booth> booth(String eventId, String number) {
        if (number == null || number.length() > 30) {
            return Optional.empty();
        }
        return em.createNamedQuery("Booth.byNumber", Booth.class).setParameter("event", eventId)
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    public Optional<Booth> booth(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Booth.class, id));
    }

    /** Booths by id, in one query. */
    public Map<String, Booth> booths(Collection<String> ids) {
        Map<String, Booth> byId = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            em.createQuery("select b from Booth b where b.id in :ids", Booth.class).setParameter("ids", chunk)
                    .getResultList().forEach(b -> byId.put(b.id(), b));
        }
        return byId;
    }

    /** The company holding each booth of an event with a live reservation, by booth number, in one query. */
    public Map<String, String> holders(String eventId) {
        Map<String, String> byNumber = new HashMap<>();
        em.createQuery("select b.number, e.companyName from Reservation r, Booth b, Exhibitor e where r.eventId = :event"
                        + " and r.status in :live and b.id = r.boothId and e.id = r.exhibitorId", Object[].class)
                .setParameter("event", eventId)
                .setParameter("live", List.of(ReservationStatus.ON_HOLD, ReservationStatus.RESERVED, ReservationStatus.SOLD))
                .getResultList().forEach(row -> byNumber.put((String) row[0], (String) row[1]));
        return byNumber;
    }

    /** The booths a combined booth covers. */
    public List<Booth> members(String combinedId) {
        return em.createNamedQuery("Booth.members", Booth.class).setParameter("id", combinedId).getResultList();
    }

    /** Booths shown on plans in a hall, of every event. */
    public List<Booth> boothsInHall(String hallCode) {
        return em.createNamedQuery("Booth.inHall", Booth.class).setParameter("hall", hallCode).getResultList();
    }

    /**
     * Reads the booths again and locks their rows, in id order (the one lock order of every path that
     * changes a booth's state), until the transaction ends.
     */
    public List<Booth> lockBooths(Collection<String> ids) {
        List<Booth> locked = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            Booth b = em.find(Booth.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (b != null) {
                locked.add(b); // EclipseLink reads a pessimistically locked row from the database, not the cache
            }
        }
        return locked;
    }

    // --- reservations and claims

    public Optional<Reservation> reservation(String id) {
        return !plausibleId(id) ? Optional.empty() : Optional.ofNullable(em.find(Reservation.class, id));
    }

    public Reservation refresh(Reservation r) {
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    /** Reads a payment request again under its row lock (after the booths it covers are locked). */
    public PaymentRequest refresh(PaymentRequest p) {
        em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        return p;
    }

    public List<Reservation> reservationsOfExhibitor(String exhibitorId) {
        return em.createNamedQuery("Reservation.ofExhibitor", Reservation.class).setParameter("exhibitor", exhibitorId)
                .setMaxResults(2000).getResultList();
    }

    public List<Reservation> reservationsOfEvents(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Reservation.ofEvents", Reservation.class).setParameter("events", eventIds)
                .setMaxResults(5000).getResultList();
    }

    public List<Reservation> liveReservationsOf(String eventId) {
        return em.createNamedQuery("Reservation.liveOfEvent", Reservation.class).setParameter("event", eventId)
                .setParameter("statuses", List.of(ReservationStatus.ON_HOLD, ReservationStatus.RESERVED, ReservationStatus.SOLD))
                .getResultList();
    }

    public List<String> dueHoldIds(java.time.Instant cutoff, int max) {
        return em.createNamedQuery("Reservation.dueIds", String.class).setParameter("status", ReservationStatus.ON_HOLD)
                .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    /** Whether any of the booths is claimed by a live reservation. */
    public boolean anyClaimed(Collection<String> boothIds) {
        return !em.createQuery("select c.boothId from BoothClaim c where c.boothId in :ids", String.class)
                .setParameter("ids", boothIds).setMaxResults(1).getResultList().isEmpty();
    }

    public void releaseClaimsOf(String reservationId) {
        em.createQuery("delete from BoothClaim c where c.reservationId = :r").setParameter("r", reservationId).executeUpdate();
    }

    // --- payment requests

    public Optional<PaymentRequest> paymentRequest(String id) {
        return !plausibleId(id) ? Optional.empty() : Optional.ofNullable(em.find(PaymentRequest.class, id));
    }

    /** An id as this house makes them (a UUID): anything else, a NUL or a slash included, names nothing. */
    private static boolean plausibleId(String id) {
        return id != null && !id.isEmpty() && id.length() <= 36
                && id.chars().allMatch(c -> c == '-' || (c < 128 && Character.isLetterOrDigit(c)));
    }

    public List<PaymentRequest> paymentRequestsOfEvent(String eventId) {
        return em.createNamedQuery("PaymentRequest.ofEvent", PaymentRequest.class).setParameter("event", eventId).getResultList();
    }

    /** The current payment requests of reservations, by reservation id, with their payments, in two queries. */
    public Map<String, Map.Entry<PaymentRequest, List<Payment>>> paymentRequestsOf(Collection<Reservation> reservations) {
        Map<String, PaymentRequest> byRequest = new HashMap<>();
        List<String> requestIds = reservations.stream().map(Reservation::paymentRequestId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        for (List<String> chunk : chunks(requestIds)) {
            em.createQuery("select p from PaymentRequest p where p.id in :ids", PaymentRequest.class)
                    .setParameter("ids", chunk).getResultList().forEach(p -> byRequest.put(p.id(), p));
        }
        Map<String, List<Payment>> payments = new HashMap<>();
        for (List<String> chunk : chunks(byRequest.keySet())) {
            em.createQuery("select p from Payment p where p.paymentRequestId in :ids order by p.recordedAt", Payment.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(p -> payments.computeIfAbsent(p.paymentRequestId(), k -> new ArrayList<>()).add(p));
        }
        Map<String, Map.Entry<PaymentRequest, List<Payment>>> byReservation = new HashMap<>();
        for (Reservation r : reservations) {
            PaymentRequest p = r.paymentRequestId() == null ? null : byRequest.get(r.paymentRequestId());
            if (p != null) {
                byReservation.put(r.id(), Map.entry(p, payments.getOrDefault(p.id(), List.of())));
            }
        }
        return byReservation;
    }

    /** IN lists of at most 500 ids: no database meets its parameter limit. */
    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    public List<Payment> paymentsOf(String paymentRequestId) {
        return em.createNamedQuery("Payment.ofRequest", Payment.class).setParameter("request", paymentRequestId).getResultList();
    }

    /**
     * The next number of a gap-free sequence, taken under the sequence row's lock: a transaction that rolls
     * back gives its number back. Null when the row for that year does not exist yet.
     */
    public Integer nextInSequence(String kind, int year) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT last_value FROM document_sequence WHERE kind = ? AND seq_year = ? FOR UPDATE")
                .setParameter(1, kind).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        int next = ((Number) rows.get(0)).intValue() + 1;
        em.createNativeQuery("UPDATE document_sequence SET last_value = ? WHERE kind = ? AND seq_year = ?")
                .setParameter(1, next).setParameter(2, kind).setParameter(3, year).executeUpdate();
        return next;
    }

    /** Starts a sequence for a year; a concurrent start of the same one fails on the primary key. */
    public void startSequence(String kind, int year) {
        em.createNativeQuery("INSERT INTO document_sequence (kind, seq_year, last_value) VALUES (?, ?, 0)")
                .setParameter(1, kind).setParameter(2, year).executeUpdate();
    }

    // --- staff

    public List<StaffMember> staff(String exhibitorId, String eventId) {
        return em.createNamedQuery("StaffMember.of", StaffMember.class).setParameter("exhibitor", exhibitorId)
                .setParameter("event", eventId).getResultList();
    }

    public Optional<StaffMember> staffMember(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(StaffMember.class, id));
    }
}
