package vn.laichau.par.persistence.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.AgencyGroup;

/** Reads and stores agencies and the groups plans name. */
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

    /** Agencies in id order, at most {@code limit} after the one with id {@code afterId}. */
    public List<Agency> list(long afterId, int limit) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.id > :after ORDER BY a.id", Agency.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every agency, in id order. */
    public List<Agency> all() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.id", Agency.class).getResultList();
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

    /** The agencies placed under {@code parentId} (a district's communes, a committee's departments). */
    public List<Agency> childrenOf(long parentId) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.parentId = :parent ORDER BY a.id", Agency.class)
                .setParameter("parent", parentId).getResultList();
    }

    /** Agencies changed after {@code since}, or at {@code since} with an id above {@code afterId}. */
    public List<Agency> changedSince(Instant since, long afterId, int limit) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.updatedAt >= :since "
                        + "AND (a.updatedAt > :since OR a.id > :after) ORDER BY a.updatedAt, a.id", Agency.class)
                .setParameter("since", since).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    public Agency add(Agency agency) {
        em.persist(agency);
        return agency;
    }

    public List<AgencyGroup> groups() {
        return em.createQuery("SELECT g FROM AgencyGroup g ORDER BY g.id", AgencyGroup.class).getResultList();
    }

    public Optional<AgencyGroup> findGroupByCode(String code) {
        return em.createQuery("SELECT g FROM AgencyGroup g WHERE g.code = :code", AgencyGroup.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public AgencyGroup addGroup(AgencyGroup group) {
        em.persist(group);
        return group;
    }

    /**
     * The stored agencies, groups and successor links as a directory, for expanding plans into occurrences.
     * Agencies come in id order, so that a group's members keep the order they were added in.
     */
    public AgencyDirectory directory() {
        List<Agency> agencies = all();
        Map<Long, String> codes = new HashMap<>();
        agencies.forEach(a -> codes.put(a.getId(), a.getCode()));
        AgencyDirectory.Builder builder = AgencyDirectory.builder();
        agencies.forEach(builder::agency);
        for (Agency agency : agencies) {
            agency.getSuccessorId().map(codes::get).ifPresent(successor -> builder.successor(agency.getCode(), successor));
        }
        groups().forEach(builder::group);
        return builder.build();
    }
}
