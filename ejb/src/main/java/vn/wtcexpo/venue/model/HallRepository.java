package vn.wtcexpo.venue.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Halls and blackouts in the database; joins the caller's transaction. */
@ApplicationScoped
public class HallRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public Optional<Hall> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Hall.class, code));
    }

    /** Finds a hall and locks its row until the transaction ends. */
    public Optional<Hall> findForUpdate(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(em.find(Hall.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Reads the hall again from the database, its parts included (the shared cache may be older). */
    public void refresh(Hall hall) {
        if (em.contains(hall)) {
            em.refresh(hall);
        }
    }

    /** The codes of a combined hall's parts, as the database has them now; empty for a plain hall. */
    public List<String> partCodesOf(String code) {
        return em.createNamedQuery("Hall.partCodes", String.class).setParameter("code", code).getResultList();
    }

    /**
     * The combined halls over any of {@code plainCodes}, each with every one of its parts: pairs of
     * (combined code, part code), as the database has them now.
     */
    public List<String[]> combinedOver(java.util.Collection<String> plainCodes) {
        List<Object[]> rows = em.createNamedQuery("Hall.combinedOverWithParts", Object[].class)
                .setParameter("codes", plainCodes).getResultList();
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /**
     * Locks the rows of these halls until the transaction ends, in code order, in one statement, and
     * returns their versions as the database has them (native SQL: nothing from a cache).
     */
    public java.util.Map<String, Long> lockInCodeOrder(java.util.Collection<String> codes) {
        java.util.Map<String, Long> versions = new java.util.TreeMap<>();
        if (codes.isEmpty()) {
            return versions;
        }
        List<String> ordered = codes.stream().sorted().toList();
        String marks = String.join(", ", java.util.Collections.nCopies(ordered.size(), "?"));
        var query = em.createNativeQuery("SELECT code, version FROM hall WHERE code IN (" + marks + ") ORDER BY code FOR UPDATE");
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter(i + 1, ordered.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            versions.put((String) r[0], ((Number) r[1]).longValue());
        }
        return versions;
    }

    /** The versions of these halls as the database has them now. */
    public java.util.Map<String, Long> versionsOf(java.util.Collection<String> codes) {
        java.util.Map<String, Long> versions = new java.util.TreeMap<>();
        if (!codes.isEmpty()) {
            for (Object[] r : em.createNamedQuery("Hall.versions", Object[].class).setParameter("codes", codes).getResultList()) {
                versions.put((String) r[0], ((Number) r[1]).longValue());
            }
        }
        return versions;
    }

    /** The codes of the combined halls that have {@code code} among their parts, as the database has them now. */
    public List<String> combinedCodesContaining(String code) {
        return em.createNamedQuery("Hall.combinedCodesContaining", String.class).setParameter("code", code)
                .getResultList();
    }

    public List<Hall> all() {
        return em.createNamedQuery("Hall.all", Hall.class).getResultList();
    }

    public List<Hall> active() {
        return em.createNamedQuery("Hall.active", Hall.class).getResultList();
    }

    /** The combined halls that have {@code code} among their parts. */
    public List<Hall> combinedContaining(String code) {
        return em.createNamedQuery("Hall.combinedContaining", Hall.class).setParameter("code", code).getResultList();
    }

    /** Writes pending changes now, so that the database's constraints speak inside the caller's code. */
    public void flush() {
        em.flush();
    }

    public void add(Hall hall) {
        em.persist(hall);
    }

    public void add(Blackout blackout) {
        em.persist(blackout);
    }

    public Optional<Blackout> findBlackout(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Blackout.class, id));
    }

    public void remove(Blackout blackout) {
        em.remove(blackout);
    }

    public List<Blackout> blackoutsOf(String code) {
        return em.createNamedQuery("Blackout.ofHall", Blackout.class).setParameter("code", code).getResultList();
    }

    public List<Blackout> blackoutsBetween(Instant from, Instant to) {
        return em.createNamedQuery("Blackout.between", Blackout.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Blackouts of any of {@code codes} that overlap {@code [from, to)}. */
    public List<Blackout> blackouts(Collection<String> codes, Instant from, Instant to) {
        return em.createNamedQuery("Blackout.forHalls", Blackout.class)
                .setParameter("codes", codes).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
