package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.deadline.DeadlineKind;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.SearchText;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

/**
 * What officials read about the plan's tasks, whichever the channel: search with filters, one task, the tasks
 * of a list of occurrences, the current plan and its year, agency names and the PAR INDEX history.
 */
@ApplicationScoped
public class TaskQueries {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final ParIndexRepository parIndex;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected TaskQueries() {
        this(null, null, null, null, null);
    }

    @Inject
    public TaskQueries(TaskRepository tasks, PlanRepository plans, AgencyRepository agencies,
                       ParIndexRepository parIndex, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.agencies = agencies;
        this.parIndex = parIndex;
        this.clock = clock;
    }

    /** The kind of a task's deadline, read from its deadline phrase. */
    public static DeadlineKind kindOf(Task task) {
        return task.deadlineRule(PARSER).kind();
    }

    public Optional<Task> find(long taskId) {
        return tasks.findById(taskId);
    }

    /** One task; refused when there is none. */
    public Task task(long taskId) {
        return find(taskId).orElseThrow(() -> Refusal.notFound("nhiệm vụ", "task", taskId));
    }

    /**
     * Tasks by id after {@code afterId} that contain every word of {@code query} (diacritics optional), of a
     * plan, an area, a lead agency (by id or code; a group that includes it counts, as composed today) and a
     * deadline kind, changed since an instant, each when given; at most {@code limit}. An unknown lead agency
     * is refused.
     */
    public List<Task> search(String query, Optional<Long> planId, Optional<Long> areaId, Optional<String> leadAgency,
                             Optional<DeadlineKind> kind, Optional<Instant> changedSince, long afterId, int limit) {
        Predicate<Task> leads = leadAgency.filter(a -> !a.isBlank()).map(this::leadFilter).orElse(t -> true);
        List<String> words = query == null ? List.of() : SearchText.words(query);
        try (var matching = tasks.matching(words, planId, areaId, changedSince, afterId)) {
            return matching.filter(leads)
                    .filter(t -> kind.isEmpty() || kindOf(t) == kind.get())
                    .limit(limit).toList();
        }
    }

    /** The plan the bot works with: the most recently issued one. */
    public Optional<Plan> currentPlan() {
        return plans.list().stream()
                .max(Comparator.comparing(Plan::issuedOn).thenComparing(Plan::id));
    }

    /** The plan year shown by default: this year, within the plan's period. */
    public int currentPlanYear(Plan plan) {
        return Math.max(plan.firstYear(), Math.min(plan.lastYear(), LocalDate.now(clock).getYear()));
    }

    /** A task by its code (any case), in the current plan. */
    public Optional<Task> byCode(String code) {
        return currentPlan().flatMap(plan -> tasks.ofPlan(plan.id()).stream()
                .filter(t -> t.code().equalsIgnoreCase(code.strip()))
                .findFirst());
    }

    /** Tasks of the current plan containing {@code query} as written, diacritics optional. */
    public List<Task> search(String query, int limit) {
        return tasks.search(query, currentPlan().map(Plan::id), limit);
    }

    /** The tasks of {@code occurrences}, by id. */
    public Map<Long, Task> tasksOf(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::taskId).distinct()
                .map(id -> tasks.findById(id).orElse(null))
                .collect(Collectors.toMap(Task::id, Function.identity()));
    }

    /** An agency's name, or "Cơ quan &lt;id&gt;" when there is no such agency. */
    public String agencyName(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getName).orElse("Cơ quan " + agencyId);
    }

    /** The PAR INDEX results, by province and year. */
    public List<ParIndexResult> parIndexHistory() {
        return parIndex.all().stream()
                .sorted(Comparator.comparing(ParIndexResult::province).thenComparing(ParIndexResult::year))
                .toList();
    }

    private Predicate<Task> leadFilter(String leadAgency) {
        String wanted = leadAgency.strip();
        Optional<Agency> agency = !wanted.isEmpty() && wanted.length() <= 18 && wanted.chars().allMatch(c -> c >= '0' && c <= '9')
                ? agencies.findById(Long.parseLong(wanted))
                : wanted.chars().allMatch(Character::isDigit) ? Optional.empty() : agencies.findByCode(wanted);
        if (agency.isEmpty()) {
            throw Refusal.invalid("invalid-parameter", "Tham số không hợp lệ: leadAgency",
                    "Invalid parameter: leadAgency",
                    List.of(new Refusal.Violation("leadAgency", "không có cơ quan này", "no such agency")));
        }
        AgencyDirectory directory = agencies.directory();
        LocalDate today = LocalDate.now(clock);
        long id = agency.get().getId();
        String code = agency.get().getCode();
        return task -> task.leads().stream().anyMatch(p -> leads(p, code, id, directory, today));
    }

    private static boolean leads(ResponsibleParty party, String code, long id, AgencyDirectory directory,
                                 LocalDate today) {
        if (!party.isGroup()) {
            return party.code().equals(code);
        }
        return directory.responsibleOn(party, today).stream().anyMatch(a -> a.getId() == id);
    }
}
