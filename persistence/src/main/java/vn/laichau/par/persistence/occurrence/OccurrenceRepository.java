package vn.laichau.par.persistence.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.ProgressReport;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;

/**
 * Reads occurrences with the queries the notifier, the bot, the dashboards and the mobile apps run all day;
 * each is served by an index of the {@code occurrence} table (see the migrations).
 */
@ApplicationScoped
public class OccurrenceRepository {

    private static final String STATUS_SQL = "CASE WHEN o.finished_on IS NOT NULL THEN "
            + "(CASE WHEN o.finished_on < o.due_date THEN 'FINISHED_EARLY' "
            + "WHEN o.finished_on = o.due_date THEN 'FINISHED_ON_TIME' ELSE 'FINISHED_LATE' END) "
            + "WHEN o.due_date < ?1 THEN 'OVERDUE' WHEN o.due_date <= ?2 THEN 'DUE_SOON' ELSE 'NOT_YET_DUE' END";

    private final EntityManager em;

    @Inject
    public OccurrenceRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected OccurrenceRepository() {
        this(null);
    }

    public Optional<Occurrence> findById(long id) {
        return Optional.ofNullable(em.find(Occurrence.class, id));
    }

    /** The occurrence and the version of its task, in one read (one occurrence shown with its task). */
    public Optional<WithTaskVersion> findWithTaskVersion(long id) {
        return em.createQuery("SELECT o, t.version FROM Occurrence o, Task t WHERE o.id = :id AND t.id = o.taskId",
                        Object[].class)
                .setParameter("id", id).getResultStream().findFirst()
                .map(row -> new WithTaskVersion((Occurrence) row[0], ((Number) row[1]).longValue()));
    }

    /** An occurrence and the version its task is at. */
    public record WithTaskVersion(Occurrence occurrence, long taskVersion) {
    }

    public Optional<Occurrence> findByKey(long taskId, String period, long agencyId) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.taskId = :t AND o.period = :p AND o.agencyId = :a",
                        Occurrence.class)
                .setParameter("t", taskId).setParameter("p", period).setParameter("a", agencyId)
                .getResultStream().findFirst();
    }

    /** The occurrences of one task in one plan year, by due date. */
    public List<Occurrence> ofTask(long taskId, int planYear) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.taskId = :t AND o.planYear = :y "
                        + "ORDER BY o.dueDate, o.agencyId, o.id", Occurrence.class)
                .setParameter("t", taskId).setParameter("y", planYear).getResultList();
    }

    /** Open occurrences due from {@code from} to {@code to}, both included, by due date: the daily scan. */
    public List<Occurrence> openDueBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.finishedOn IS NULL "
                        + "AND o.dueDate BETWEEN :from AND :to ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Open occurrences of an agency whose due date is before {@code today}, oldest due first. */
    public List<Occurrence> overdueOf(long agencyId, LocalDate today) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.agencyId = :a AND o.finishedOn IS NULL "
                        + "AND o.dueDate < :today ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("a", agencyId).setParameter("today", today).getResultList();
    }

    /** The occurrences of one agency in one plan year, by due date. */
    public List<Occurrence> ofAgencyAndYear(long agencyId, int planYear) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.agencyId = :a AND o.planYear = :y "
                        + "ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("a", agencyId).setParameter("y", planYear).getResultList();
    }

    /** Occurrences changed after {@code since}, or at {@code since} with an id above {@code afterId}. */
    public List<Occurrence> changedSince(Instant since, long afterId, int limit) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.updatedAt >= :since "
                        + "AND (o.updatedAt > :since OR o.id > :after) ORDER BY o.updatedAt, o.id", Occurrence.class)
                .setParameter("since", since).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The occurrences that meet {@code criteria}, by id after {@code afterId}, at most {@code limit}; a status
     * is judged on {@code today} with the due-soon window ending on {@code soon}. For reading only: the
     * occurrences are not managed, so that a page of them is not copied for change tracking.
     */
    public List<Occurrence> search(OccurrenceCriteria criteria, LocalDate today, LocalDate soon, long afterId,
                                   int limit) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM Occurrence o WHERE o.id > :after");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", afterId);
        criteria.planYear().ifPresent(y -> {
            jpql.append(" AND o.planYear = :year");
            parameters.put("year", y);
        });
        criteria.status().ifPresent(s -> {
            jpql.append(" AND ").append(s.condition());
            if (s.condition().contains(":today")) {
                parameters.put("today", today);
            }
            if (s.condition().contains(":soon")) {
                parameters.put("soon", soon);
            }
        });
        criteria.agencyId().ifPresent(a -> {
            jpql.append(" AND o.agencyId = :agency");
            parameters.put("agency", a);
        });
        criteria.taskId().ifPresent(t -> {
            jpql.append(" AND o.taskId = :task");
            parameters.put("task", t);
        });
        criteria.dueFrom().ifPresent(d -> {
            jpql.append(" AND o.dueDate >= :dueFrom");
            parameters.put("dueFrom", d);
        });
        criteria.dueTo().ifPresent(d -> {
            jpql.append(" AND o.dueDate <= :dueTo");
            parameters.put("dueTo", d);
        });
        criteria.updatedSince().ifPresent(s -> {
            jpql.append(" AND o.updatedAt >= :since");
            parameters.put("since", s);
        });
        jpql.append(" ORDER BY o.id");
        TypedQuery<Occurrence> query = em.createQuery(jpql.toString(), Occurrence.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).setHint("eclipselink.read-only", "true").getResultList();
    }

    /** An agency's open occurrences, soonest due first. */
    public List<Occurrence> openOf(long agencyId) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.agencyId = :a AND o.finishedOn IS NULL "
                        + "ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("a", agencyId).getResultList();
    }

    /** An agency's open occurrences due from {@code from} to {@code to}, both included, soonest first. */
    public List<Occurrence> openOfDueBetween(long agencyId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.agencyId = :a AND o.finishedOn IS NULL "
                        + "AND o.dueDate BETWEEN :from AND :to ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("a", agencyId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** The progress reports of an occurrence, oldest first. */
    public List<ProgressReport> progressReportsOf(long occurrenceId) {
        return em.createQuery("SELECT r FROM ProgressReport r WHERE r.occurrenceId = :o ORDER BY r.reportedAt, r.id",
                ProgressReport.class).setParameter("o", occurrenceId).getResultList();
    }

    /** The evidence received for an occurrence, oldest first. */
    public List<Evidence> evidenceOf(long occurrenceId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.occurrenceId = :o ORDER BY e.uploadedAt, e.id",
                Evidence.class).setParameter("o", occurrenceId).getResultList();
    }

    public Optional<Evidence> findEvidence(long evidenceId) {
        return Optional.ofNullable(em.find(Evidence.class, evidenceId));
    }

    public Optional<DeadlineExtension> findExtension(long extensionId) {
        return Optional.ofNullable(em.find(DeadlineExtension.class, extensionId));
    }

    /** The extensions asked for an occurrence, oldest first. */
    public List<DeadlineExtension> extensionsOf(long occurrenceId) {
        return em.createQuery("SELECT e FROM DeadlineExtension e WHERE e.occurrenceId = :o "
                + "ORDER BY e.requestedAt, e.id", DeadlineExtension.class).setParameter("o", occurrenceId)
                .getResultList();
    }

    /**
     * Locks the occurrence's row until the transaction ends, so that the extension requests and decisions of one
     * occurrence are made one after the other (each locks the occurrence before its extensions).
     */
    public void lockForExtensions(long occurrenceId) {
        em.createNativeQuery("SELECT id FROM occurrence WHERE id = ? FOR UPDATE").setParameter(1, occurrenceId)
                .getResultList();
    }

    /**
     * The occurrence's extension request still waiting for a decision, if any, as committed now (a locking read);
     * after {@link #lockForExtensions}, it stays so until the transaction ends.
     */
    public Optional<DeadlineExtension> pendingExtensionOf(long occurrenceId) {
        return em.createQuery("SELECT e FROM DeadlineExtension e WHERE e.occurrenceId = :o AND e.status = :pending "
                        + "ORDER BY e.id", DeadlineExtension.class)
                .setParameter("o", occurrenceId)
                .setParameter("pending", ExtensionStatus.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Extension requests by id after {@code afterId}, of one status when given, at most {@code limit}. */
    public List<DeadlineExtension> extensions(Optional<ExtensionStatus> status, long afterId, int limit) {
        TypedQuery<DeadlineExtension> query = em.createQuery("SELECT e FROM DeadlineExtension e WHERE e.id > :after"
                        + (status.isPresent() ? " AND e.status = :status" : "") + " ORDER BY e.id",
                        DeadlineExtension.class)
                .setParameter("after", afterId)
                .setMaxResults(limit);
        status.ifPresent(s -> query.setParameter("status", s));
        return query.getResultList();
    }

    /** For a plan year of a plan: how many occurrences of each area stand in each status on {@code today}. */
    public List<StatusCount> countByAreaAndStatus(long planId, int planYear, LocalDate today, StatusRule rule) {
        return counts("t.area_id", planId, planYear, today, rule);
    }

    /** For a plan year of a plan: how many occurrences of each agency stand in each status on {@code today}. */
    public List<StatusCount> countByAgencyAndStatus(long planId, int planYear, LocalDate today, StatusRule rule) {
        return counts("o.agency_id", planId, planYear, today, rule);
    }

    private List<StatusCount> counts(String group, long planId, int planYear, LocalDate today, StatusRule rule) {
        String sql = "SELECT " + group + ", " + STATUS_SQL + " AS status, COUNT(*), "
                + "SUM(o.finished_on IS NOT NULL AND o.evidence_count > 0) FROM task t "
                + "JOIN occurrence o ON o.task_id = t.id AND o.plan_year = ?3 WHERE t.plan_id = ?4 "
                + "GROUP BY " + group + ", status ORDER BY " + group + ", status";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(rule.dueSoonDays())))
                .setParameter(3, planYear)
                .setParameter(4, planId)
                .getResultList();
        return rows.stream().map(r -> new StatusCount(((Number) r[0]).longValue(),
                OccurrenceStatus.valueOf(r[1].toString()), ((Number) r[2]).longValue(),
                r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    /**
     * Stores occurrences made outside a plan's expansion (by hand, or by an import). Every one is checked
     * before any is written: its task and agency must be stored, its due date must not be before its plan's
     * issue date, and its task, period and agency must be new. The failure names the occurrence (its position
     * in {@code occurrences}, from 1, task code, period and agency id); nothing is written.
     */
    public List<Occurrence> addAll(List<Occurrence> occurrences) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            Task task = em.find(Task.class, o.taskId());
            String row = "dòng/row " + (i + 1) + " (" + (task == null ? "task " + o.taskId() : task.code()) + ", "
                    + o.period() + ", agency " + o.agencyId() + ")";
            if (task == null) {
                throw new InvalidPlanDataException(row, "Không có nhiệm vụ mã số " + o.taskId(),
                        "No task with id " + o.taskId());
            }
            if (em.find(Agency.class, o.agencyId()) == null) {
                throw new InvalidPlanDataException(row, "Không có cơ quan mã số " + o.agencyId(),
                        "Unknown agency " + o.agencyId());
            }
            LocalDate issued = task.plan().issuedOn();
            if (o.dueDate().isBefore(issued)) {
                throw new InvalidPlanDataException(row,
                        "Hạn " + VietnameseDate.of(o.dueDate()) + " trước ngày ban hành kế hoạch "
                                + VietnameseDate.of(issued),
                        "Due date " + VietnameseDate.of(o.dueDate()) + " is before the plan's issue date "
                                + VietnameseDate.of(issued));
            }
            if (!keys.add(o.taskId() + "|" + o.period() + "|" + o.agencyId())
                    || findByKey(o.taskId(), o.period(), o.agencyId()).isPresent()) {
                throw new InvalidPlanDataException(row, "Kỳ này đã có", "This occurrence exists already");
            }
        }
        List<Occurrence> stored = new ArrayList<>();
        for (Occurrence o : occurrences) {
            em.persist(o);
            stored.add(o);
        }
        em.flush();
        return stored;
    }

    public ProgressReport addProgressReport(ProgressReport report) {
        em.persist(report);
        return report;
    }

    public Evidence addEvidence(Evidence evidence) {
        em.persist(evidence);
        return evidence;
    }

    public DeadlineExtension addExtension(DeadlineExtension extension) {
        em.persist(extension);
        return extension;
    }

    /**
     * Stores those of {@code planned} (occurrences of {@code plan} in {@code years}) that are not stored yet
     * (same task, period and agency); how many.
     */
    public int addMissing(Plan plan, Collection<Integer> years, List<PlannedOccurrence> planned) {
        return new MissingOccurrences(em).store(plan, years, planned);
    }

    /** How many open occurrences an agency has due by {@code day} ({@code dueAfter} false) or after it. */
    public long countOpenOf(long agencyId, LocalDate day, boolean dueAfter) {
        return em.createQuery("SELECT COUNT(o) FROM Occurrence o WHERE o.agencyId = :agency AND o.finishedOn IS NULL "
                        + "AND o.dueDate " + (dueAfter ? ">" : "<=") + " :day", Long.class)
                .setParameter("agency", agencyId).setParameter("day", day).getSingleResult();
    }

    /**
     * The open occurrences of {@code taskIds} whose period contains {@code periodMark} and whose due date no
     * approved extension set, by id.
     */
    public List<Occurrence> openWithoutApprovedExtension(Collection<Long> taskIds, String periodMark) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.taskId IN :tasks AND o.finishedOn IS NULL "
                        + "AND o.period LIKE :event AND NOT EXISTS (SELECT e.id FROM DeadlineExtension e "
                        + "WHERE e.occurrenceId = o.id AND e.status = :approved) ORDER BY o.id", Occurrence.class)
                .setParameter("tasks", List.copyOf(taskIds)).setParameter("event", "%" + periodMark + "%")
                .setParameter("approved", ExtensionStatus.APPROVED).getResultList();
    }

    /** Writes the pending changes of the unit of work to the database now. */
    public void flush() {
        em.flush();
    }

    /** Forgets every entity read so far in the unit of work, so the next reads come from the database. */
    public void clear() {
        em.clear();
    }
}
