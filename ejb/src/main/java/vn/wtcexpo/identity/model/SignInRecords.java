package vn.wtcexpo.identity.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Failed sign-ins and known devices in the database; joins the caller's transaction. */
@ApplicationScoped
public class SignInRecords {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public List<SignInCounter> counters(Collection<String> keys) {
        return em.createQuery("select c from SignInCounter c where c.key in :keys", SignInCounter.class)
                .setParameter("keys", keys).getResultList();
    }

    public Optional<SignInCounter> lockCounter(String key) {
        return Optional.ofNullable(em.find(SignInCounter.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(SignInCounter counter) {
        em.persist(counter);
        em.flush(); // a counter made at the same moment elsewhere shows here, as a duplicate key
    }

    public void forget(String key) {
        em.createQuery("delete from SignInCounter c where c.key = :k").setParameter("k", key).executeUpdate();
    }

    /** Drops the counters whose windows ended an hour ago and block nobody. */
    public int pruneBefore(Instant cutoff, Instant now) {
        return em.createQuery("delete from SignInCounter c where c.windowStart < :cutoff"
                        + " and (c.blockedUntil is null or c.blockedUntil < :now)")
                .setParameter("cutoff", cutoff).setParameter("now", now).executeUpdate();
    }

    /** Whether {@code tokenHash} is a known device of {@code username}. */
    public Optional<KnownDevice> knownDevice(String tokenHash, String username) {
        return Optional.ofNullable(em.find(KnownDevice.class, tokenHash)).filter(d -> d.username().equals(username));
    }

    public void add(KnownDevice device) {
        em.persist(device);
    }

    /** Forgets the account's API address but {@code keep}: only the last one is known. */
    public void forgetOtherAddresses(String username, String keep) {
        em.createQuery("delete from KnownDevice d where d.username = :u and d.kind = :k and d.tokenHash <> :keep")
                .setParameter("u", username).setParameter("k", KnownDevice.Kind.ADDRESS).setParameter("keep", keep)
                .executeUpdate();
    }
}
