package vn.laichau.par.bot.tracker;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.laichau.par.bot.command.Formats;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.application.occurrence.DeadlineExtensionRepository;
import vn.laichau.par.application.occurrence.OccurrenceRecorder;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.occurrence.StatusCount;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.plan.TaskRepository;
import vn.laichau.par.bot.dialog.BotDialogRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.application.occurrence.OccurrenceWork;

/**
 * The plan, the occurrences and the bot's own state as the bot's handlers see them, through the persistence
 * repositories on one entity manager (one update, one transaction); every write on an occurrence or an
 * extension goes through {@link OccurrenceWork}.
 */
public final class Tracker {

    private final EntityManager em;
    private final Clock clock;
    private final OccurrenceWork work;
    private final StatusRule statusRule = StatusRule.standard();

    /** @param work every change to an occurrence or an extension, in the transaction of {@code em} */
    public Tracker(EntityManager em, Clock clock, OccurrenceWork work) {
        this.em = em;
        this.clock = clock;
        this.work = work;
    }

    /**
     * Progress, evidence, finishing and extensions: the same service, rules and audit trail as the REST API's,
     * with the acting official's id and {@link vn.laichau.par.domain.model.audit.Channel#BOT}.
     */
    public OccurrenceWork work() {
        return work;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    public StatusRule statusRule() {
        return statusRule;
    }

    public TelegramLinkRepository links() {
        return new TelegramLinkRepository(em, clock);
    }

    public BotDialogRepository dialogs() {
        return new BotDialogRepository(em);
    }

    public TelegramPreferenceRepository preferences() {
        return new TelegramPreferenceRepository(em);
    }

    public Optional<Occurrence> occurrence(long id) {
        return new OccurrenceRepository(em).findById(id);
    }

    public Optional<Task> task(long id) {
        return new TaskRepository(em).findById(id);
    }

    /** The plan the bot works with: the most recently issued one. */
    public Optional<Plan> currentPlan() {
        return new PlanRepository(em).list().stream()
                .max(Comparator.comparing(Plan::issuedOn).thenComparing(Plan::id));
    }

    /** The plan year shown by default: this year, within the plan's period. */
    public int currentPlanYear(Plan plan) {
        return Math.max(plan.firstYear(), Math.min(plan.lastYear(), today().getYear()));
    }

    /** A task by its code (any case), in the current plan. */
    public Optional<Task> taskByCode(String code) {
        return currentPlan().flatMap(plan -> new TaskRepository(em).ofPlan(plan.id()).stream()
                .filter(t -> t.code().equalsIgnoreCase(code.strip()))
                .findFirst());
    }

    public List<Task> searchTasks(String query, int limit) {
        return new TaskRepository(em).search(query, currentPlan().map(Plan::id), limit);
    }

    /** An agency's open occurrences, soonest due first. */
    public List<Occurrence> openOf(long agencyId) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.agencyId = :a AND o.finishedOn IS NULL "
                        + "ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("a", agencyId).getResultList();
    }

    /** An agency's open occurrences due from today to {@code days} days ahead, soonest first. */
    public List<Occurrence> dueWithin(long agencyId, int days) {
        LocalDate today = today();
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.agencyId = :a AND o.finishedOn IS NULL "
                        + "AND o.dueDate BETWEEN :from AND :to ORDER BY o.dueDate, o.id", Occurrence.class)
                .setParameter("a", agencyId).setParameter("from", today).setParameter("to", today.plusDays(days))
                .getResultList();
    }

    public List<Occurrence> overdueOf(long agencyId) {
        return new OccurrenceRepository(em).overdueOf(agencyId, today());
    }

    /** The occurrences of a task in a plan year, by due date. */
    public List<Occurrence> occurrencesOfTask(long taskId, int planYear) {
        return new OccurrenceRepository(em).ofTask(taskId, planYear);
    }

    public List<Evidence> evidenceOf(long occurrenceId) {
        return new OccurrenceRecorder(em, clock).evidenceOf(occurrenceId);
    }

    public Map<Long, Task> tasksById(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::taskId).distinct()
                .map(id -> em.find(Task.class, id))
                .collect(Collectors.toMap(Task::id, Function.identity()));
    }

    public String agencyName(long agencyId) {
        return new AgencyRepository(em).findById(agencyId).map(Agency::getName).orElse("Cơ quan " + agencyId);
    }

    public List<StatusCount> countByArea(Plan plan, int planYear) {
        return new OccurrenceRepository(em).countByAreaAndStatus(plan.id(), planYear, today(), statusRule);
    }

    public List<StatusCount> countByAgency(Plan plan, int planYear) {
        return new OccurrenceRepository(em).countByAgencyAndStatus(plan.id(), planYear, today(), statusRule);
    }

    /** The PAR INDEX results of the province of the plan data, oldest first. */
    public List<ParIndexResult> parIndexHistory() {
        return em.createQuery("SELECT r FROM ParIndexResult r ORDER BY r.province, r.year", ParIndexResult.class)
                .getResultList();
    }

    /** Active admins linked to a chat: who decides extension requests in the bot. */
    public List<Official> linkedAdmins() {
        return em.createQuery("SELECT o FROM Official o WHERE o.active = TRUE AND o.telegramChatId IS NOT NULL "
                        + "ORDER BY o.id", Official.class).getResultStream()
                .filter(o -> o.hasRole(Role.ADMIN)).toList();
    }

    /** The latest change on an occurrence's audit trail. */
    public Optional<AuditEntry> lastChangeOf(long occurrenceId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entity = :entity AND a.entityId = :id "
                        + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("entity", AuditTrail.OCCURRENCE).setParameter("id", occurrenceId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<Official> official(long id) {
        return new OfficialRepository(em).findById(id);
    }

    public Optional<DeadlineExtension> extension(long id) {
        return new DeadlineExtensionRepository(em, clock).findById(id);
    }
}
