package vn.laichau.par.application.calendar;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.audit.AuditTrail;

/**
 * The stored deadlines counted in working days ("05 ngày làm việc kể từ ngày ký quyết định công bố"), dated
 * again on a changed calendar. Only open occurrences whose task still follows its written working-day deadline
 * move; a finished occurrence, one whose deadline an approved extension set, and every deadline written as a
 * date keep their day. Each move goes on the audit trail, in the caller's transaction.
 */
public final class WorkingDayDeadlines {

    private static final String EVENT_MARK = "-E";

    private final EntityManager em;
    private final Clock clock;
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    public WorkingDayDeadlines(EntityManager em, Clock clock) {
        this.em = Objects.requireNonNull(em, "em");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Moves every open working-day deadline to the day {@code calendar} gives; the moved ones. */
    public List<MovedDeadline> redate(WorkingDayCalendar calendar, Actor actor) {
        Map<Long, WorkingDaysFromEvent> rules = workingDayRules();
        if (rules.isEmpty()) {
            return List.of();
        }
        em.flush();
        DeadlineContext context = DeadlineContext.standard(calendar);
        AuditTrail audit = new AuditTrail(em, clock);
        List<MovedDeadline> moved = new ArrayList<>();
        for (Occurrence occurrence : openWithoutExtension(rules.keySet())) {
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
        em.flush();
        return List.copyOf(moved);
    }

    /** The tasks whose written deadline counts working days from an event and that no date set by hand replaces. */
    private Map<Long, WorkingDaysFromEvent> workingDayRules() {
        List<Object[]> rows = em.createQuery("SELECT t.id, t.deadlinePhrase FROM Task t "
                + "WHERE t.manualDeadline.date IS NULL", Object[].class).getResultList();
        Map<Long, WorkingDaysFromEvent> rules = new HashMap<>();
        for (Object[] row : rows) {
            DeadlineRule rule = parser.parse((String) row[1]);
            if (rule instanceof WorkingDaysFromEvent working) {
                rules.put(((Number) row[0]).longValue(), working);
            }
        }
        return rules;
    }

    private List<Occurrence> openWithoutExtension(Set<Long> taskIds) {
        return em.createQuery("SELECT o FROM Occurrence o WHERE o.taskId IN :tasks AND o.finishedOn IS NULL "
                        + "AND o.period LIKE :event AND NOT EXISTS (SELECT e.id FROM DeadlineExtension e "
                        + "WHERE e.occurrenceId = o.id AND e.status = :approved) ORDER BY o.id", Occurrence.class)
                .setParameter("tasks", List.copyOf(taskIds)).setParameter("event", "%" + EVENT_MARK + "%")
                .setParameter("approved", ExtensionStatus.APPROVED).getResultList();
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
