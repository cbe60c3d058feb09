package vn.wtcexpo.notification.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in the database; joins the caller's transaction. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public void add(OutboxMessage message) {
        em.persist(message);
    }

    public Optional<OutboxMessage> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** The message, its row locked until the transaction ends (one sender per message, whatever the server). */
    public Optional<OutboxMessage> lock(String id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<String> dueIds(Instant now, int max) {
        return em.createNamedQuery("OutboxMessage.dueIds", String.class).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    public List<OutboxMessage> recent(OutboxStatus status, int max) {
        var query = status == null
                ? em.createNamedQuery("OutboxMessage.recent", OutboxMessage.class)
                : em.createNamedQuery("OutboxMessage.recentWithStatus", OutboxMessage.class).setParameter("status", status);
        return query.setMaxResults(max).getResultList();
    }

    public Map<OutboxStatus, Long> counts() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus s : OutboxStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createNamedQuery("OutboxMessage.countByStatus", Object[].class).getResultList()) {
            counts.put((OutboxStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
