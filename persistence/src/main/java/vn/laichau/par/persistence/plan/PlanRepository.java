package vn.laichau.par.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.Plan;

/** Reads and stores plans with their areas, tasks and indicators. */
@ApplicationScoped
public class PlanRepository {

    private final EntityManager em;

    @Inject
    public PlanRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected PlanRepository() {
        this(null);
    }

    public Optional<Plan> findById(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    public Optional<Plan> findByNumber(String number) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.number = :number", Plan.class)
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    /** Every plan, the most recently issued first. */
    public List<Plan> list() {
        return em.createQuery("SELECT p FROM Plan p ORDER BY p.issuedOn DESC, p.id DESC", Plan.class).getResultList();
    }

    /** Stores a new plan with its areas, tasks and indicators, as it is (the caller checked it). */
    public Plan add(Plan plan) {
        em.persist(plan);
        em.flush();
        return plan;
    }
}
