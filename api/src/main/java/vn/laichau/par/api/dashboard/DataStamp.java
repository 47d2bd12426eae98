package vn.laichau.par.api.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When the data behind the occurrence dashboards last changed: the latest {@code updated_at} of occurrences,
 * tasks, agencies and plans, each read from the end of its {@code updated_at} index (no rows scanned).
 */
@ApplicationScoped
class DataStamp {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    String ofOccurrences() {
        Object stamp = em.createNativeQuery("SELECT CONCAT_WS('|', (SELECT MAX(updated_at) FROM occurrence), "
                + "(SELECT MAX(updated_at) FROM task), (SELECT MAX(updated_at) FROM agency), "
                + "(SELECT MAX(updated_at) FROM plan))").getSingleResult();
        return String.valueOf(stamp);
    }
}
