package vn.laichau.par.api.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names of the agencies a dashboard shows, read for those agencies only (a country has thousands). */
@ApplicationScoped
class AgencyNames {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    /** The names of these agencies, by id. */
    Map<Long, String> of(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("SELECT a.id, a.name FROM Agency a WHERE a.id IN :ids")
                .setParameter("ids", List.copyOf(ids)).getResultList();
        rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        return names;
    }
}
