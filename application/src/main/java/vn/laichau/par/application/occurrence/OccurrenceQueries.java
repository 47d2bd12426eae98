package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.ProgressReport;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceCriteria;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.occurrence.StatusCount;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

/**
 * What officials read about occurrences, whichever the channel: one occurrence, lists by filters or by agency,
 * the progress reports, evidence and extension requests of one, its latest change and the tallies by status.
 * Statuses are judged on today in the clock's zone with the standard status rule.
 */
@ApplicationScoped
public class OccurrenceQueries {

    private final OccurrenceRepository occurrences;
    private final OfficialRepository officials;
    private final TaskRepository tasks;
    private final AuditRepository auditEntries;
    private final OccurrenceAccess access;
    private final Clock clock;
    private final StatusRule statusRule = StatusRule.standard();
    private final DeadlineMeanings meanings = new DeadlineMeanings();
    /** Tasks as last read, by id: lists show many occurrences of few tasks, and tasks seldom change. */
    private final Memory<Long, Task> knownTasks = new Memory<>(20_000);

    /** For the container's client proxy only. */
    protected OccurrenceQueries() {
        this(null, null, null, null, null);
    }

    @Inject
    public OccurrenceQueries(OccurrenceRepository occurrences, OfficialRepository officials, TaskRepository tasks,
                             AuditRepository auditEntries, Clock clock) {
        this.occurrences = occurrences;
        this.officials = officials;
        this.tasks = tasks;
        this.auditEntries = auditEntries;
        this.access = new OccurrenceAccess(officials, occurrences);
        this.clock = clock;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** Today where the plan's deadlines fall. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public StatusRule statusRule() {
        return statusRule;
    }

    public Optional<Occurrence> find(long occurrenceId) {
        return occurrences.findById(occurrenceId);
    }

    /** The occurrence with its task's code, read afresh; refused when there is none. */
    public OccurrenceWithTask withTask(long occurrenceId) {
        occurrences.clear();
        OccurrenceRepository.WithTaskVersion read = occurrences.findWithTaskVersion(occurrenceId)
                .orElseThrow(() -> notFound(occurrenceId));
        return withTaskCode(read.occurrence(), read.taskVersion());
    }

    /**
     * The occurrences that meet {@code criteria}, by id after {@code afterId}, at most {@code limit}. Their tasks
     * are read once per page: one query for the tasks' versions, and a task itself only when it is not known at
     * that version yet.
     */
    public List<OccurrenceWithTask> list(OccurrenceCriteria criteria, long afterId, int limit) {
        LocalDate today = today();
        List<Occurrence> rows = occurrences.search(criteria, today, today.plusDays(statusRule.dueSoonDays()), afterId,
                limit);
        Map<Long, Long> versions = tasks.versionsOf(rows.stream().map(Occurrence::taskId).distinct().toList());
        return rows.stream().map(o -> withTaskCode(o, versions.get(o.taskId()))).toList();
    }

    /**
     * The occurrence if the official may work on it now, without changing anything: for a channel that asks for
     * details (a percent, a file, a date) before it acts. Refused as every write would be.
     */
    public Occurrence toWorkOn(long officialId, long occurrenceId) {
        return access.mayActOn(access.actingOfficial(officialId), occurrenceId);
    }

    /** The progress reports of an occurrence, oldest first; refused when there is no such occurrence. */
    public List<ProgressReport> progressOf(long occurrenceId) {
        existing(occurrenceId);
        return occurrences.progressReportsOf(occurrenceId);
    }

    /** The evidence received for an occurrence, oldest first; refused when there is no such occurrence. */
    public List<Evidence> evidenceOf(long occurrenceId) {
        existing(occurrenceId);
        return occurrences.evidenceOf(occurrenceId);
    }

    /** The extension requests of an occurrence, oldest first; refused when there is no such occurrence. */
    public List<DeadlineExtension> extensionsOf(long occurrenceId) {
        existing(occurrenceId);
        return occurrences.extensionsOf(occurrenceId);
    }

    /** Extension requests by id after {@code afterId}, of one status when given. */
    public List<DeadlineExtension> extensions(Optional<ExtensionStatus> status, long afterId, int limit) {
        return occurrences.extensions(status, afterId, limit);
    }

    public Optional<DeadlineExtension> findExtension(long extensionId) {
        return occurrences.findExtension(extensionId);
    }

    /** One extension request; refused when there is none. */
    public DeadlineExtension extension(long extensionId) {
        return findExtension(extensionId)
                .orElseThrow(() -> Refusal.notFound("yêu cầu gia hạn", "extension", extensionId));
    }

    public Optional<Official> official(long officialId) {
        return officials.findById(officialId);
    }

    /** An agency's open occurrences, soonest due first. */
    public List<Occurrence> openOf(long agencyId) {
        return occurrences.openOf(agencyId);
    }

    /** An agency's open occurrences due from today to {@code days} days ahead, soonest first. */
    public List<Occurrence> dueWithin(long agencyId, int days) {
        LocalDate today = today();
        return occurrences.openOfDueBetween(agencyId, today, today.plusDays(days));
    }

    /** An agency's open occurrences past their due date, oldest due first. */
    public List<Occurrence> overdueOf(long agencyId) {
        return occurrences.overdueOf(agencyId, today());
    }

    /** The occurrences of a task in a plan year, by due date. */
    public List<Occurrence> ofTask(long taskId, int planYear) {
        return occurrences.ofTask(taskId, planYear);
    }

    /** The latest change on an occurrence's audit trail. */
    public Optional<AuditEntry> lastChangeOf(long occurrenceId) {
        List<AuditEntry> history = auditEntries.historyOf(AuditTrail.OCCURRENCE, occurrenceId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The audit trail of an occurrence, oldest first; refused when there is no such occurrence. */
    public List<AuditEntry> historyOf(long occurrenceId) {
        existing(occurrenceId);
        return auditEntries.historyOf(AuditTrail.OCCURRENCE, occurrenceId);
    }

    /** For a plan year of a plan: how many occurrences of each area stand in each status today. */
    public List<StatusCount> countByArea(long planId, int planYear) {
        return occurrences.countByAreaAndStatus(planId, planYear, today(), statusRule);
    }

    /** For a plan year of a plan: how many occurrences of each agency stand in each status today. */
    public List<StatusCount> countByAgency(long planId, int planYear) {
        return occurrences.countByAgencyAndStatus(planId, planYear, today(), statusRule);
    }

    /** The occurrence with its task, the task taken from memory when it is known at {@code version}. */
    private OccurrenceWithTask withTaskCode(Occurrence occurrence, Long version) {
        Task task = version == null ? null : knownTasks.get(occurrence.taskId());
        if (version != null && (task == null || task.version() != version)) {
            task = tasks.findById(occurrence.taskId()).map(read -> knownTasks.keep(read.id(), read)).orElse(null);
        }
        return task == null ? new OccurrenceWithTask(occurrence, null, null)
                : new OccurrenceWithTask(occurrence, task.code(), meanings.of(task, occurrence));
    }

    private void existing(long occurrenceId) {
        if (find(occurrenceId).isEmpty()) {
            throw notFound(occurrenceId);
        }
    }

    private static Refusal notFound(long occurrenceId) {
        return Refusal.notFound("kỳ", "occurrence", occurrenceId);
    }
}
