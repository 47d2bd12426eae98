package vn.laichau.par.application.calendar;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.EventDeadlines;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

/**
 * The stored deadlines counted in working days ("05 ngày làm việc kể từ ngày ký quyết định công bố"), dated
 * again on a changed calendar. Only open occurrences whose task still follows its working-day deadline (written
 * in its deadline column, or in its text or the plan's body) move; a finished occurrence, one whose deadline an
 * approved extension set, and every deadline written as a date keep their day. Each move goes on the audit trail,
 * in the caller's transaction.
 */
@Dependent
public final class WorkingDayDeadlines {

    private static final String EVENT_MARK = "-E";

    private final TaskRepository tasks;
    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    @Inject
    public WorkingDayDeadlines(TaskRepository tasks, OccurrenceRepository occurrences, AuditTrail audit) {
        this.tasks = tasks;
        this.occurrences = occurrences;
        this.audit = audit;
    }

    /** Moves every open working-day deadline to the day {@code calendar} gives; the moved ones. */
    public List<MovedDeadline> redate(WorkingDayCalendar calendar, Actor actor) {
        Map<Long, WorkingDaysFromEvent> rules = workingDayRules();
        if (rules.isEmpty()) {
            return List.of();
        }
        occurrences.flush();
        DeadlineContext context = DeadlineContext.standard(calendar);
        List<MovedDeadline> moved = new ArrayList<>();
        for (Occurrence occurrence : occurrences.openWithoutApprovedExtension(rules.keySet(), EVENT_MARK)) {
            LocalDate event = eventOf(occurrence.period());
            if (event == null) {
                continue;
            }
            LocalDate before = occurrence.dueDate();
            LocalDate after = rules.get(occurrence.taskId()).dueDate(event, context);
            if (!after.equals(before)) {
                occurrence.followCalendar(after);
                audit.record(actor, AuditTrail.OCCURRENCE, occurrence.id(), "due_date", before, after);
                moved.add(new MovedDeadline(occurrence.id(), before, after));
            }
        }
        occurrences.flush();
        return List.copyOf(moved);
    }

    /**
     * The working-day rule of each task whose obligations are counted in working days from an event and that no
     * date set by hand replaces: its written deadline when that is one, else the one time limit its text or the
     * plan's body states ({@link EventDeadlines}; III.1.3's "05 ngày làm việc kể từ ngày ký quyết định công bố"
     * stands in its text, its deadline column says "Thường xuyên"). A task with several such limits and none
     * written is left out: its recorded periods do not say which limit they were counted by.
     */
    private Map<Long, WorkingDaysFromEvent> workingDayRules() {
        Map<Long, WorkingDaysFromEvent> rules = new HashMap<>();
        for (Task task : tasks.withoutManualDate()) {
            List<WorkingDaysFromEvent> limits = EventDeadlines.of(task, parser);
            boolean written = task.deadlineRule(parser) instanceof WorkingDaysFromEvent;
            if (!limits.isEmpty() && (written || limits.size() == 1)) {
                rules.put(task.id(), limits.get(0));
            }
        }
        return rules;
    }

    /** The event day a period such as {@code 2026-E2026-04-24} names; {@code null} for other periods. */
    static LocalDate eventOf(String period) {
        int mark = period.indexOf(EVENT_MARK);
        if (mark < 0) {
            return null;
        }
        try {
            return LocalDate.parse(period.substring(mark + EVENT_MARK.length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
