package vn.laichau.par.persistence.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.plan.SearchText;
import vn.laichau.par.domain.model.plan.Task;

/** Reads tasks and finds them by words without diacritics. */
@ApplicationScoped
public class TaskRepository {

    private final EntityManager em;

    @Inject
    public TaskRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected TaskRepository() {
        this(null);
    }

    /** The current version of each of these tasks that exists, by id: one query, no task loaded. */
    public java.util.Map<Long, Long> versionsOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, Long> versions = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        em.createQuery("SELECT t.id, t.version FROM Task t WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList()
                .forEach(r -> versions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return versions;
    }

    public Optional<Task> findById(long id) {
        return Optional.ofNullable(em.find(Task.class, id));
    }

    public Optional<Task> findByCode(long planId, String code) {
        return em.createQuery("SELECT t FROM Task t WHERE t.plan.id = :plan AND t.code = :code", Task.class)
                .setParameter("plan", planId).setParameter("code", code.strip()).getResultStream().findFirst();
    }

    /** The tasks of a plan in the order of its appendix. */
    public List<Task> ofPlan(long planId) {
        return em.createQuery("SELECT t FROM Task t WHERE t.plan.id = :plan ORDER BY t.position", Task.class)
                .setParameter("plan", planId).getResultList();
    }

    /**
     * Tasks whose code, heading, text or agency cells contain {@code query} as written, ignoring case and
     * diacritics ("dao tao" finds "đào tạo", "DANG KY" finds "đăng ký"), in plan and appendix order;
     * {@code planId} narrows to one plan.
     */
    public List<Task> search(String query, Optional<Long> planId, int limit) {
        String phrase = SearchText.fold(query);
        if (phrase.isEmpty()) {
            return List.of();
        }
        TypedQuery<Task> q = em.createQuery("SELECT t FROM Task t WHERE t.searchText LIKE :phrase ESCAPE '!'"
                + (planId.isPresent() ? " AND t.plan.id = :plan" : "") + " ORDER BY t.plan.id, t.position", Task.class)
                .setParameter("phrase", "%" + escapeLike(phrase) + "%");
        planId.ifPresent(p -> q.setParameter("plan", p));
        return q.setMaxResults(limit).getResultList();
    }

    /**
     * Tasks by id after {@code afterId} whose search text holds every one of {@code words} (already folded, see
     * {@link SearchText#words}), narrowed to a plan, an area and a change time when given; read lazily.
     */
    public Stream<Task> matching(List<String> words, Optional<Long> planId, Optional<Long> areaId,
                                 Optional<Instant> changedSince, long afterId) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM Task t WHERE t.id > :after");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", afterId);
        planId.ifPresent(p -> { jpql.append(" AND t.plan.id = :plan"); parameters.put("plan", p); });
        areaId.ifPresent(a -> { jpql.append(" AND t.area.id = :area"); parameters.put("area", a); });
        changedSince.ifPresent(s -> { jpql.append(" AND t.updatedAt >= :since"); parameters.put("since", s); });
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND t.searchText LIKE :w").append(i).append(" ESCAPE '!'");
            parameters.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        jpql.append(" ORDER BY t.id");
        TypedQuery<Task> query = em.createQuery(jpql.toString(), Task.class);
        parameters.forEach(query::setParameter);
        return query.getResultStream();
    }

    /** Tasks changed after {@code since}, or at {@code since} with an id above {@code afterId}. */
    public List<Task> changedSince(Instant since, long afterId, int limit) {
        return em.createQuery("SELECT t FROM Task t WHERE t.updatedAt >= :since "
                        + "AND (t.updatedAt > :since OR t.id > :after) ORDER BY t.updatedAt, t.id", Task.class)
                .setParameter("since", since).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The tasks whose deadline no date set by hand replaces (their written deadline, or their text's, applies). */
    public List<Task> withoutManualDate() {
        return em.createQuery("SELECT t FROM Task t WHERE t.manualDeadline.date IS NULL", Task.class)
                .getResultList();
    }
}
