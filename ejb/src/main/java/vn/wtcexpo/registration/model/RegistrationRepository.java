package vn.wtcexpo.registration.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.Connections;

/** Registration desks, badges and revocations in the database; joins the caller's transaction. */
@ApplicationScoped
public class RegistrationRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    /** The badge read of a scan joins the scan's unit through it. */
    @Inject
    private Connections connections;

    // --- desks

    public Optional<EventRegistration> desk(String eventId) {
        return eventId == null || eventId.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(EventRegistration.class, eventId));
    }

    /** The desk with its row locked until the transaction ends: visitor registrations of one event queue here. */
    public Optional<EventRegistration> lockDesk(String eventId) {
        return eventId == null || eventId.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(EventRegistration.class, eventId, LockModeType.PESSIMISTIC_WRITE));
    }

    // --- badges

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Badge> badge(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(Badge.class, id));
    }

    public Optional<Badge> lockBadge(String id) {
        return id == null || id.length() > 36 ? Optional.empty()
                : Optional.ofNullable(em.find(Badge.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Badge> visitorBadge(String eventId, String emailKey) {
        return em.createQuery("select b from Badge b where b.eventId = :e and b.visitorEmail = :m", Badge.class)
                .setParameter("e", eventId).setParameter("m", emailKey).getResultStream().findFirst();
    }

    public Optional<Badge> staffBadge(String staffId) {
        return em.createQuery("select b from Badge b where b.staffId = :s", Badge.class)
                .setParameter("s", staffId).getResultStream().findFirst();
    }

    /**
     * The badge of a code's secret as its row stands (a scan asks it with every code): one indexed statement in plain
     * JDBC, in the gate scan's unit when it is asked from one ({@link Connections}), else on the caller's JTA
     * transaction's connection. Sees what is committed or flushed, not entities changed in memory.
     */
    public Optional<BadgeSnapshot> snapshotBySecret(String secret) {
        try (Connections.Lease c = connections.lease(); PreparedStatement s = c.prepare(BY_SECRET)) {
            s.setString(1, secret);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new BadgeSnapshot(r.getString(1), r.getString(2), BadgeKind.valueOf(r.getString(3)),
                        BadgeStatus.valueOf(r.getString(4)), r.getInt(5), r.getString(6), r.getString(7), r.getString(8),
                        r.getString(9), r.getString(10), r.getString(11), r.getBoolean(12), r.getString(13)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the badge of a code", e);
        }
    }

    private static final String BY_SECRET = "SELECT id, event_id, kind, status, serial, code, full_name, company, job_title, "
            + "email, phone, share_contact, interests FROM badge WHERE secret = ?";

    /**
     * Badges whose name, company, e-mail or phone contain every one of {@code words} (already folded, at most a
     * few), newest first: "quach tim" finds "Quách Thị Tìm".
     */
    public List<Badge> search(String eventId, List<String> words, int max) {
        StringBuilder jpql = new StringBuilder("select b from Badge b where b.eventId = :e");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and b.searchText like :w").append(i).append(" escape '\\'");
        }
        var query = em.createQuery(jpql.append(" order by b.createdAt desc").toString(), Badge.class).setParameter("e", eventId);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            query.setParameter("w" + i, "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query.setMaxResults(max).getResultList();
    }

    public List<Badge> latest(String eventId, int max) {
        return em.createQuery("select b from Badge b where b.eventId = :e order by b.createdAt desc", Badge.class)
                .setParameter("e", eventId).setMaxResults(max).getResultList();
    }

    /** All badges of an event of some kinds (all kinds when empty), by name. */
    public List<Badge> badges(String eventId, List<BadgeKind> kinds) {
        if (kinds.isEmpty()) {
            return em.createQuery("select b from Badge b where b.eventId = :e order by b.fullName, b.id", Badge.class)
                    .setParameter("e", eventId).getResultList();
        }
        return em.createQuery("select b from Badge b where b.eventId = :e and b.kind in :k order by b.fullName, b.id", Badge.class)
                .setParameter("e", eventId).setParameter("k", kinds).getResultList();
    }

    public List<Badge> ofExhibitor(String eventId, String exhibitorId) {
        return em.createQuery("select b from Badge b where b.eventId = :e and b.exhibitorId = :x order by b.fullName, b.id",
                        Badge.class)
                .setParameter("e", eventId).setParameter("x", exhibitorId).getResultList();
    }

    /** Active badges per kind. */
    public Map<BadgeKind, Long> countsByKind(String eventId) {
        Map<BadgeKind, Long> counts = new EnumMap<>(BadgeKind.class);
        for (Object[] row : em.createQuery("select b.kind, count(b) from Badge b where b.eventId = :e "
                        + "and b.status = vn.wtcexpo.registration.model.BadgeStatus.ACTIVE group by b.kind", Object[].class)
                .setParameter("e", eventId).getResultList()) {
            counts.put((BadgeKind) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** When each active badge was made, with its kind (the organizer's registrations per day). */
    public List<Object[]> creationTimes(String eventId) {
        return em.createQuery("select b.createdAt, b.kind from Badge b where b.eventId = :e "
                        + "and b.status = vn.wtcexpo.registration.model.BadgeStatus.ACTIVE", Object[].class)
                .setParameter("e", eventId).getResultList();
    }

    /** Each active badge's kind, how it was made, and when (figures for the crowd forecast). */
    public List<IssuedBadge> issued(String eventId) {
        return em.createQuery("select new vn.wtcexpo.registration.model.IssuedBadge(b.kind, b.channel, b.createdAt) "
                        + "from Badge b where b.eventId = :e and b.status = vn.wtcexpo.registration.model.BadgeStatus.ACTIVE",
                        IssuedBadge.class)
                .setParameter("e", eventId).getResultList();
    }

    /** The event's active badges made before {@code before}, per kind: a few rows, counted by the database. */
    public Map<BadgeKind, Integer> issuedBefore(String eventId, Instant before) {
        Map<BadgeKind, Integer> out = new EnumMap<>(BadgeKind.class);
        em.createQuery("select b.kind, count(b) from Badge b where b.eventId = :e "
                        + "and b.status = vn.wtcexpo.registration.model.BadgeStatus.ACTIVE and b.createdAt < :before "
                        + "group by b.kind", Object[].class)
                .setParameter("e", eventId).setParameter("before", before).getResultList()
                .forEach(r -> out.put((BadgeKind) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    /** A badge as a figure for the report: see {@link #holders}. */
    public record HolderRow(String badgeId, BadgeKind kind, boolean active, String email, java.util.Set<String> interests) {
    }

    /** Every badge of the event, revoked ones too: id, kind, active or not, e-mail, interests. */
    public List<HolderRow> holders(String eventId) {
        return em.createQuery("select b.id, b.kind, b.status, b.email, b.interests from Badge b where b.eventId = :e",
                        Object[].class)
                .setParameter("e", eventId).getResultStream()
                .map(r -> new HolderRow((String) r[0], (BadgeKind) r[1], r[2] == BadgeStatus.ACTIVE, (String) r[3],
                        Badge.interestSet((String) r[4])))
                .toList();
    }

    // --- revocations

    /** The codes revoked since {@code since} (all when null), oldest first. */
    public List<Revocation> revocations(String eventId, Instant since) {
        if (since == null) {
            return em.createQuery("select r from Revocation r where r.eventId = :e order by r.revokedAt, r.code", Revocation.class)
                    .setParameter("e", eventId).getResultList();
        }
        return em.createQuery("select r from Revocation r where r.eventId = :e and r.revokedAt >= :s "
                        + "order by r.revokedAt, r.code", Revocation.class)
                .setParameter("e", eventId).setParameter("s", since).getResultList();
    }

    public boolean isRevoked(String code) {
        return em.find(Revocation.class, code) != null;
    }
}
