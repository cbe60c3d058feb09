package vn.wtcexpo.identity.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Accounts in the database; joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty()
                : Optional.ofNullable(em.find(UserAccount.class, username.strip().toLowerCase()));
    }

    /** The e-mail address of an account, in one small query (no roles). */
    public Optional<String> emailOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.email", String.class).setParameter("username", username)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    public List<UserAccount> all() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
    }

    public long countEnabledWith(Role role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class).setParameter("role", role).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }

    public void add(ApiToken token) {
        em.persist(token);
    }

    public Optional<ApiToken> tokenByHash(String hash) {
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public Optional<ApiToken> token(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public List<ApiToken> tokensOf(String username) {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class).setParameter("username", username)
                .getResultList();
    }
}
