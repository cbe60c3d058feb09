package vn.wtcexpo.insight.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The forecast's settings per event; joins the caller's transaction. */
@ApplicationScoped
public class InsightRepository {

    @PersistenceContext(unitName = "wtcexpo")
    private EntityManager em;

    public Optional<ForecastSetting> setting(String eventId) {
        return Optional.ofNullable(em.find(ForecastSetting.class, eventId));
    }

    public void add(ForecastSetting setting) {
        em.persist(setting);
    }

    public void flush() {
        em.flush();
    }
}
