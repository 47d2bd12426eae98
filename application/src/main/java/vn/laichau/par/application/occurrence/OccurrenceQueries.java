package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceCriteria;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.occurrence.StatusCount;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * What officials read about occurrences, whichever the channel: one occurrence, lists by filters or by agency,
 * the progress reports, evidence and extension requests of one, its latest change and the tallies by status.
 * Statuses are judged on today in the clock's zone with the standard status rule.
 */
@ApplicationScoped
public class OccurrenceQueries {

    private final EntityManager em;
    private final Clock clock;
    private final EvidenceStore evidenceStore;
    private final StatusRule statusRule = StatusRule.standard();

    /** For the container's client proxy only. */
    protected OccurrenceQueries() {
        this(null, null, null);
    }

    @Inject
    public OccurrenceQueries(EntityManager em, Clock clock, EvidenceStore evidenceStore) {
        this.em = em;
        this.clock = clock;
        this.evidenceStore = evidenceStore;
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
        return repository().findById(occurrenceId);
    }

    /** The occurrence with its task's code, read afresh; refused when there is none. */
    public OccurrenceWithTask withTask(long occurrenceId) {
        em.clear();
        Occurrence occurrence = find(occurrenceId).orElseThrow(() -> notFound(occurrenceId));
        return withTaskCode(occurrence);
    }

    /** The occurrences that meet {@code criteria}, by id after {@code afterId}, at most {@code limit}. */
    public List<OccurrenceWithTask> list(OccurrenceCriteria criteria, long afterId, int limit) {
        LocalDate today = today();
        return repository().search(criteria, today, today.plusDays(statusRule.dueSoonDays()), afterId, limit)
                .stream().map(this::withTaskCode).toList();
    }

    /**
     * The occurrence if the official may work on it now, without changing anything: for a channel that asks for
     * details (a percent, a file, a date) before it acts. Refused as every write would be.
     */
    public Occurrence toWorkOn(long officialId, long occurrenceId) {
        OccurrenceAccess access = new OccurrenceAccess(em);
        return access.mayActOn(access.actingOfficial(officialId), occurrenceId);
    }

    /** The progress reports of an occurrence, oldest first; refused when there is no such occurrence. */
    public List<ProgressReport> progressOf(long occurrenceId) {
        existing(occurrenceId);
        return repository().progressReportsOf(occurrenceId);
    }

    /** The evidence received for an occurrence, oldest first; refused when there is no such occurrence. */
    public List<Evidence> evidenceOf(long occurrenceId) {
        existing(occurrenceId);
        return repository().evidenceOf(occurrenceId);
    }

    /** An evidence record of the occurrence and its file; refused when either is missing. */
    public EvidenceFile evidenceFile(long occurrenceId, long evidenceId) {
        Evidence evidence = repository().findEvidence(evidenceId).filter(e -> e.occurrenceId() == occurrenceId)
                .orElseThrow(() -> Refusal.notFound("minh chứng", "evidence", evidenceId));
        return new EvidenceFile(evidence, evidenceStore.resolve(evidence.storagePath()));
    }

    /** The extension requests of an occurrence, oldest first; refused when there is no such occurrence. */
    public List<DeadlineExtension> extensionsOf(long occurrenceId) {
        existing(occurrenceId);
        return repository().extensionsOf(occurrenceId);
    }

    /** Extension requests by id after {@code afterId}, of one status when given. */
    public List<DeadlineExtension> extensions(Optional<ExtensionStatus> status, long afterId, int limit) {
        return repository().extensions(status, afterId, limit);
    }

    public Optional<DeadlineExtension> findExtension(long extensionId) {
        return repository().findExtension(extensionId);
    }

    /** One extension request; refused when there is none. */
    public DeadlineExtension extension(long extensionId) {
        return findExtension(extensionId)
                .orElseThrow(() -> Refusal.notFound("yêu cầu gia hạn", "extension", extensionId));
    }

    /** Active admins linked to a chat: who decides extension requests in the bot. */
    public List<Official> extensionDecidersInChats() {
        return em.createQuery("SELECT o FROM Official o WHERE o.active = TRUE AND o.telegramChatId IS NOT NULL "
                        + "ORDER BY o.id", Official.class).getResultStream()
                .filter(o -> o.hasRole(Role.ADMIN)).toList();
    }

    public Optional<Official> official(long officialId) {
        return new OfficialRepository(em).findById(officialId);
    }

    /** An agency's open occurrences, soonest due first. */
    public List<Occurrence> openOf(long agencyId) {
        return repository().openOf(agencyId);
    }

    /** An agency's open occurrences due from today to {@code days} days ahead, soonest first. */
    public List<Occurrence> dueWithin(long agencyId, int days) {
        LocalDate today = today();
        return repository().openOfDueBetween(agencyId, today, today.plusDays(days));
    }

    /** An agency's open occurrences past their due date, oldest due first. */
    public List<Occurrence> overdueOf(long agencyId) {
        return repository().overdueOf(agencyId, today());
    }

    /** The occurrences of a task in a plan year, by due date. */
    public List<Occurrence> ofTask(long taskId, int planYear) {
        return repository().ofTask(taskId, planYear);
    }

    /** The latest change on an occurrence's audit trail. */
    public Optional<AuditEntry> lastChangeOf(long occurrenceId) {
        List<AuditEntry> history = new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, occurrenceId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** For a plan year of a plan: how many occurrences of each area stand in each status today. */
    public List<StatusCount> countByArea(long planId, int planYear) {
        return repository().countByAreaAndStatus(planId, planYear, today(), statusRule);
    }

    /** For a plan year of a plan: how many occurrences of each agency stand in each status today. */
    public List<StatusCount> countByAgency(long planId, int planYear) {
        return repository().countByAgencyAndStatus(planId, planYear, today(), statusRule);
    }

    private OccurrenceWithTask withTaskCode(Occurrence occurrence) {
        Task task = em.find(Task.class, occurrence.taskId());
        return new OccurrenceWithTask(occurrence, task == null ? null : task.code());
    }

    private void existing(long occurrenceId) {
        if (find(occurrenceId).isEmpty()) {
            throw notFound(occurrenceId);
        }
    }

    private static Refusal notFound(long occurrenceId) {
        return Refusal.notFound("kỳ", "occurrence", occurrenceId);
    }

    private OccurrenceRepository repository() {
        return new OccurrenceRepository(em);
    }
}
