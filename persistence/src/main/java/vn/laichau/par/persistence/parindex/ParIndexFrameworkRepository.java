package vn.laichau.par.persistence.parindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.parindex.Component;
import vn.laichau.par.domain.parindex.ScoringKind;
import vn.laichau.par.domain.parindex.Tally;
import vn.laichau.par.persistence.audit.AuditTrail;

/** Reads and stores PAR INDEX versions, their components and mappings, with plain SQL. */
@ApplicationScoped
public class ParIndexFrameworkRepository {

    /** A stored version. */
    public record Version(long id, String code, String name, int firstYear, Instant importedAt, Long importedBy,
                          int components, BigDecimal totalPoints) {
    }

    /** The audit trail's names of a version and of a component. */
    public static final String AUDITED_VERSION = "par_index_version";
    public static final String AUDITED_COMPONENT = "par_index_component";

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public ParIndexFrameworkRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ParIndexFrameworkRepository() {
        this(null, null);
    }

    public boolean codeExists(String code) {
        return !em.createNativeQuery("SELECT id FROM par_index_version WHERE code = ?1").setParameter(1, code)
                .getResultList().isEmpty();
    }

    /** Stores a version with its components in file order, on the audit trail; answers its id. */
    public long add(String code, String name, int firstYear, Actor actor, List<Component> components) {
        Instant at = clock.instant();
        Long importedBy = actor.officialId().orElse(null);
        em.createNativeQuery("INSERT INTO par_index_version (code, name, first_year, imported_at, imported_by) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, code).setParameter(2, name).setParameter(3, firstYear)
                .setParameter(4, Timestamp.from(at)).setParameter(5, importedBy).executeUpdate();
        long id = number(em.createNativeQuery("SELECT id FROM par_index_version WHERE code = ?1")
                .setParameter(1, code).getSingleResult());
        int position = 0;
        for (Component c : components) {
            em.createNativeQuery("INSERT INTO par_index_component (version_id, position, area_no, area_name, "
                            + "criterion_code, criterion_name, code, name, max_points, scoring, note) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                    .setParameter(1, id).setParameter(2, position++).setParameter(3, c.areaNo())
                    .setParameter(4, c.areaName()).setParameter(5, c.criterionCode())
                    .setParameter(6, c.criterionName()).setParameter(7, c.code()).setParameter(8, c.name())
                    .setParameter(9, c.maxPoints()).setParameter(10, c.scoring().name()).setParameter(11, c.note())
                    .executeUpdate();
        }
        new AuditTrail(em, clock).record(actor, AUDITED_VERSION, id, "components", null,
                components.size() + " (" + code + ")");
        return id;
    }

    /** Every version, the newest first year first. */
    public List<Version> versions() {
        return versionsWhere("", null);
    }

    public Optional<Version> version(long id) {
        return versionsWhere("WHERE v.id = ?1", id).stream().findFirst();
    }

    private List<Version> versionsWhere(String where, Long id) {
        var query = em.createNativeQuery("SELECT v.id, v.code, v.name, v.first_year, v.imported_at, v.imported_by, "
                + "COUNT(c.id), COALESCE(SUM(c.max_points), 0) FROM par_index_version v "
                + "LEFT JOIN par_index_component c ON c.version_id = v.id " + where
                + " GROUP BY v.id, v.code, v.name, v.first_year, v.imported_at, v.imported_by "
                + "ORDER BY v.first_year DESC, v.id DESC");
        if (id != null) {
            query.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Version(number(r[0]), (String) r[1], (String) r[2], (int) number(r[3]),
                ((Timestamp) r[4]).toInstant(), r[5] == null ? null : number(r[5]), (int) number(r[6]),
                new BigDecimal(r[7].toString()))).toList();
    }

    /** A version's components in file order. */
    public List<Component> components(long versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, area_no, area_name, criterion_code, criterion_name, "
                        + "code, name, max_points, scoring, note FROM par_index_component WHERE version_id = ?1 "
                        + "ORDER BY position")
                .setParameter(1, versionId).getResultList();
        return rows.stream().map(r -> new Component(number(r[0]), (int) number(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], new BigDecimal(r[7].toString()),
                ScoringKind.valueOf((String) r[8]), (String) r[9])).toList();
    }

    /** The version a component belongs to. */
    public Optional<Long> versionOf(long componentId) {
        List<?> rows = em.createNativeQuery("SELECT version_id FROM par_index_component WHERE id = ?1")
                .setParameter(1, componentId).getResultList();
        return rows.stream().findFirst().map(ParIndexFrameworkRepository::number);
    }

    /** Task ids mapped to each component of a version, by component id (components without any left out). */
    public Map<Long, List<Long>> tasksByComponent(long versionId) {
        return mapped("par_index_task_component", "task_id", versionId);
    }

    /** Indicator ids mapped to each component of a version, by component id. */
    public Map<Long, List<Long>> indicatorsByComponent(long versionId) {
        return mapped("par_index_indicator_component", "indicator_id", versionId);
    }

    private Map<Long, List<Long>> mapped(String table, String column, long versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.component_id, m." + column + " FROM " + table + " m "
                        + "JOIN par_index_component c ON c.id = m.component_id WHERE c.version_id = ?1 "
                        + "ORDER BY m.component_id, m." + column)
                .setParameter(1, versionId).getResultList();
        Map<Long, List<Long>> byComponent = new LinkedHashMap<>();
        rows.forEach(r -> byComponent.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(number(r[1])));
        return byComponent;
    }

    /** Replaces the tasks that earn a component's points, on the audit trail. */
    public void mapTasks(long componentId, Collection<Long> taskIds, Actor actor) {
        replace("par_index_task_component", "task_id", componentId, taskIds, actor, "tasks");
    }

    /** Replaces the indicators that measure a component, on the audit trail. */
    public void mapIndicators(long componentId, Collection<Long> indicatorIds, Actor actor) {
        replace("par_index_indicator_component", "indicator_id", componentId, indicatorIds, actor, "indicators");
    }

    private void replace(String table, String column, long componentId, Collection<Long> ids, Actor actor,
                         String field) {
        List<?> before = em.createNativeQuery("SELECT " + column + " FROM " + table + " WHERE component_id = ?1 "
                + "ORDER BY " + column).setParameter(1, componentId).getResultList();
        new AuditTrail(em, clock).record(actor, AUDITED_COMPONENT, componentId, field,
                before.stream().map(String::valueOf).toList().toString(), new TreeSet<>(ids).toString());
        em.createNativeQuery("UPDATE par_index_version SET revision = revision + 1 WHERE id = "
                + "(SELECT version_id FROM par_index_component WHERE id = ?1)").setParameter(1, componentId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM " + table + " WHERE component_id = ?1").setParameter(1, componentId)
                .executeUpdate();
        for (long id : new TreeSet<>(ids)) {
            em.createNativeQuery("INSERT INTO " + table + " (component_id, " + column + ") VALUES (?1, ?2)")
                    .setParameter(1, componentId).setParameter(2, id).executeUpdate();
        }
    }

    /**
     * A stamp of the versions and their mappings: it changes when a version is added or a component's tasks or
     * indicators are replaced.
     */
    public String stamp() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(revision), 0) "
                + "FROM par_index_version").getSingleResult();
        return number(row[0]) + ":" + number(row[1]);
    }

    /** Which of these ids are stored tasks. */
    public List<Long> existingTasks(Collection<Long> ids) {
        return existing("task", ids);
    }

    /** Which of these ids are stored indicators. */
    public List<Long> existingIndicators(Collection<Long> ids) {
        return existing("indicator", ids);
    }

    private List<Long> existing(String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = List.copyOf(ids);
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= wanted.size(); i++) {
            marks.append(i == 1 ? "?" : ", ?").append(i);
        }
        var query = em.createNativeQuery("SELECT id FROM " + table + " WHERE id IN (" + marks + ")");
        for (int i = 0; i < wanted.size(); i++) {
            query.setParameter(i + 1, wanted.get(i));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(ParIndexFrameworkRepository::number).toList();
    }

    /**
     * Per component of the version and agency: the plan year's occurrences of the plan's tasks mapped to the
     * component, and how many of them are finished with at least one evidence file.
     */
    public List<Tally> tallies(long versionId, long planId, int planYear) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.component_id, o.agency_id, COUNT(*), "
                        + "SUM(CASE WHEN o.finished_on IS NOT NULL AND o.evidence_count > 0 THEN 1 ELSE 0 END) "
                        + "FROM par_index_component c JOIN par_index_task_component m ON m.component_id = c.id "
                        + "JOIN task t ON t.id = m.task_id AND t.plan_id = ?2 "
                        + "JOIN occurrence o ON o.task_id = t.id AND o.plan_year = ?3 "
                        + "WHERE c.version_id = ?1 GROUP BY m.component_id, o.agency_id")
                .setParameter(1, versionId).setParameter(2, planId).setParameter(3, planYear).getResultList();
        return rows.stream().map(r -> new Tally(number(r[0]), number(r[1]), number(r[2]), number(r[3]))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
