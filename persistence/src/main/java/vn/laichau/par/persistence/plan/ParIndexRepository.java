package vn.laichau.par.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.ParIndexResult;

/** Reads and stores provinces' PAR INDEX results. */
@ApplicationScoped
public class ParIndexRepository {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    public ParIndexRepository() {
    }

    /** For use outside a container (tests, tools). */
    public ParIndexRepository(EntityManager em) {
        this.em = em;
    }

    /** A province's results, oldest first. */
    public List<ParIndexResult> history(String province) {
        return em.createQuery("SELECT r FROM ParIndexResult r WHERE r.province = :p ORDER BY r.year",
                        ParIndexResult.class)
                .setParameter("p", province).getResultList();
    }

    public Optional<ParIndexResult> find(String province, int year) {
        return em.createQuery("SELECT r FROM ParIndexResult r WHERE r.province = :p AND r.year = :y",
                        ParIndexResult.class)
                .setParameter("p", province).setParameter("y", year).getResultStream().findFirst();
    }

    /** Stores a result; a province has one result a year. */
    public ParIndexResult add(ParIndexResult result) {
        if (find(result.province(), result.year()).isPresent()) {
            throw new InvalidPlanDataException("PAR INDEX " + result.province() + " " + result.year(),
                    "Đã có kết quả năm " + result.year() + " của " + result.province(),
                    result.province() + " already has a result for " + result.year());
        }
        em.persist(result);
        return result;
    }
}
