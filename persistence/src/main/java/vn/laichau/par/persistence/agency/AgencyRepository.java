package vn.laichau.par.persistence.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.AgencyGroup;
import vn.laichau.par.domain.model.agency.AgencyKind;

/** Reads and stores agencies and the groups plans name. */
@ApplicationScoped
public class AgencyRepository {

    private final EntityManager em;

    @Inject
    public AgencyRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected AgencyRepository() {
        this(null);
    }

    /** Agencies in id order, at most {@code limit} after the one with id {@code afterId}. */
    public List<Agency> list(long afterId, int limit) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.id > :after ORDER BY a.id", Agency.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Agencies in id order after {@code afterId}, at most {@code limit}: those that exist on {@code day} (or,
     * with {@code existing} false, those that do not), of one kind when {@code kind} is given.
     */
    public List<Agency> list(long afterId, int limit, Optional<LocalDate> day, boolean existing,
                             Optional<AgencyKind> kind) {
        String validOn = "(a.validFrom IS NULL OR a.validFrom <= :day) AND (a.validTo IS NULL OR a.validTo >= :day)";
        TypedQuery<Agency> query = em.createQuery("SELECT a FROM Agency a WHERE a.id > :after"
                        + day.map(d -> existing ? " AND " + validOn : " AND NOT (" + validOn + ")").orElse("")
                        + kind.map(k -> " AND a.kind = :kind").orElse("") + " ORDER BY a.id", Agency.class)
                .setParameter("after", afterId).setMaxResults(limit);
        day.ifPresent(d -> query.setParameter("day", d));
        kind.ifPresent(k -> query.setParameter("kind", k));
        return query.getResultList();
    }

    /** The agencies with these ids, in id order; unknown ids are left out. */
    public List<Agency> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Agency a WHERE a.id IN :ids ORDER BY a.id", Agency.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }

    /** The agencies whose duties {@code agencyId} carries on, in id order. */
    public List<Agency> predecessorsOf(long agencyId) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.successorId = :id ORDER BY a.id", Agency.class)
                .setParameter("id", agencyId).getResultList();
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
            agency.getParentId().map(codes::get).ifPresent(parent -> builder.parent(agency.getCode(), parent));
        }
        groups().forEach(builder::group);
        return builder.build();
    }

    /** The agencies named exactly {@code name}. */
    public List<Agency> findByName(String name) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.name = :name", Agency.class)
                .setParameter("name", name).getResultList();
    }

    /** Writes the pending changes of the unit of work to the database now. */
    public void flush() {
        em.flush();
    }
}
