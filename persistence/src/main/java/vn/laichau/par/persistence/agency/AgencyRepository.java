package vn.laichau.par.persistence.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.Agency;

/** Reads and stores agencies. */
@ApplicationScoped
public class AgencyRepository {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    public AgencyRepository() {
    }

    /** For use outside a container (tests, tools). */
    public AgencyRepository(EntityManager em) {
        this.em = em;
    }

    /** Agencies ordered by kind and name, at most {@code limit} after the one with id {@code afterId}. */
    public List<Agency> list(long afterId, int limit) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.id > :after ORDER BY a.id", Agency.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<Agency> findById(long id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    public Optional<Agency> findByCode(String code) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.code = :code", Agency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Agency add(Agency agency) {
        em.persist(agency);
        return agency;
    }
}
