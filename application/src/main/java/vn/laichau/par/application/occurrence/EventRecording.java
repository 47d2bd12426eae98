package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.OccurrenceExpander;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.plan.EventDeadlines;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

/**
 * An official records the event a task's time limit counts from — "05 ngày làm việc kể từ ngày ký quyết định
 * công bố": the decision signed on a day — and the obligation follows, due that many working days after (or
 * before) it, for their agency; an administrator records it for one lead agency or for every one. The same event
 * recorded twice is refused, so nothing is owed twice.
 */
@ApplicationScoped
public class EventRecording {

    static final int MAX_REFERENCE = 500;

    private final OfficialRepository officials;
    private final TaskRepository tasks;
    private final AgencyRepository agencies;
    private final CalendarRepository calendars;
    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final Clock clock;
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    /** For the container's client proxy only. */
    protected EventRecording() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    public EventRecording(OfficialRepository officials, TaskRepository tasks, AgencyRepository agencies,
                          CalendarRepository calendars, OccurrenceRepository occurrences, AuditTrail audit,
                          Clock clock) {
        this.officials = officials;
        this.tasks = tasks;
        this.agencies = agencies;
        this.calendars = calendars;
        this.occurrences = occurrences;
        this.audit = audit;
        this.clock = clock;
    }

    /** The deadlines of a task counted from an event, in the order {@link #record} numbers them (from 0). */
    @Transactional
    public List<WorkingDaysFromEvent> eventDeadlines(long taskId) {
        return EventDeadlines.of(task(taskId), parser);
    }

    /**
     * Records that the event of the task's event deadline number {@code rule} happened on {@code eventDate}; the
     * obligations it creates. Refused: a leader (reads only), a task without such a deadline, an event in the
     * future or outside the plan's years, an official whose agency does not lead the task, an agency that does
     * not, and the same event recorded again.
     */
    @Transactional
    public List<Occurrence> record(long officialId, Channel channel, long taskId, int rule, LocalDate eventDate,
                                   Optional<Long> agencyId, String reference) {
        OccurrenceAccess access = new OccurrenceAccess(officials, occurrences);
        Official official = access.actingOfficial(officialId);
        boolean admin = official.hasRole(Role.ADMIN);
        if (!admin && !official.hasRole(Role.OFFICIAL)) {
            throw Refusal.forbidden("Tài khoản lãnh đạo chỉ được xem, không ghi nhận sự kiện",
                    "A leader's account reads only and records no event");
        }
        Task task = task(taskId);
        List<WorkingDaysFromEvent> rules = EventDeadlines.of(task, parser);
        if (rules.isEmpty()) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "no-event-deadline", "Nhiệm vụ " + task.code()
                    + " không có thời hạn tính từ một sự kiện", "Task " + task.code()
                    + " has no deadline counted from an event");
        }
        if (rule < 0 || rule >= rules.size()) {
            throw Refusal.invalidField("rule", "Nhiệm vụ có " + rules.size() + " thời hạn tính từ sự kiện (0–"
                    + (rules.size() - 1) + ")", "the task has " + rules.size() + " event deadlines (0–"
                    + (rules.size() - 1) + ")");
        }
        if (eventDate == null) {
            throw Refusal.invalidField("eventDate", "Cần ngày diễn ra sự kiện", "the day of the event is required");
        }
        if (eventDate.isAfter(LocalDate.now(clock))) {
            throw Refusal.invalidField("eventDate", "Sự kiện chưa diễn ra: ngày phải không sau hôm nay",
                    "the event has not happened: the day must not be after today");
        }
        if (!task.plan().planYears().contains(eventDate.getYear())) {
            throw Refusal.invalidField("eventDate", "Ngày phải trong kỳ kế hoạch " + task.plan().firstYear() + "–"
                    + task.plan().lastYear(), "the day must lie in the plan's period " + task.plan().firstYear()
                    + "–" + task.plan().lastYear());
        }
        String cleanReference = reference == null ? "" : UserText.line("reference", "Văn bản của sự kiện", reference);
        if (cleanReference.length() > MAX_REFERENCE) {
            throw Refusal.invalidField("reference", "Tối đa " + MAX_REFERENCE + " ký tự",
                    "at most " + MAX_REFERENCE + " characters");
        }
        OccurrenceExpander expander = new OccurrenceExpander(agencies.directory(), parser,
                DeadlineContext.standard(calendars.calendar()));
        List<PlannedOccurrence> leads = expander.expandEvent(task, rules.get(rule), eventDate);
        Optional<Long> only = admin ? agencyId : Optional.of(official.agencyId());
        List<PlannedOccurrence> planned = leads.stream()
                .filter(p -> only.isEmpty() || p.agency().getId().equals(only.get())).toList();
        if (planned.isEmpty()) {
            if (!admin) {
                throw Refusal.forbidden("Cơ quan của bạn không chủ trì nhiệm vụ " + task.code(),
                        "Your agency does not lead task " + task.code());
            }
            throw Refusal.invalidField("agencyId", "Cơ quan này không chủ trì nhiệm vụ " + task.code()
                    + " vào ngày đó", "that agency does not lead task " + task.code() + " on that day");
        }
        int created = occurrences.addMissing(task.plan(), List.of(eventDate.getYear()), planned);
        if (created == 0) {
            throw Refusal.conflict("Sự kiện ngày " + VietnameseDate.of(eventDate) + " của nhiệm vụ " + task.code()
                    + " đã được ghi nhận", "The event of " + VietnameseDate.of(eventDate) + " of task " + task.code()
                    + " is recorded already");
        }
        String period = planned.get(0).due().period();
        Set<Long> agencyIds = planned.stream().map(p -> p.agency().getId()).collect(Collectors.toSet());
        Actor actor = OccurrenceAccess.actor(official, channel);
        List<Occurrence> recorded = occurrences.ofTask(taskId, eventDate.getYear()).stream()
                .filter(o -> o.period().equals(period) && agencyIds.contains(o.agencyId())).toList();
        for (Occurrence occurrence : recorded) {
            audit.record(actor, AuditTrail.OCCURRENCE, occurrence.id(), "event", null,
                    rules.get(rule).eventVi() + ": " + eventDate + (cleanReference.isEmpty() ? "" : " — " + cleanReference));
        }
        return recorded;
    }

    private Task task(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> OccurrenceAccess.notFound("nhiệm vụ", "task", taskId));
    }
}
