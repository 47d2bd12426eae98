package vn.laichau.par.domain.model.occurrence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;

/**
 * Turns a plan into the occurrences it calls for: for each plan year, each task's deadline rule yields its
 * due dates, and each due date is owed by every agency the task's lead parties hold responsible on that day
 * (a group's members valid then; an ended agency's successor). Coordinating agencies are told, not held
 * responsible, and get no occurrence. Due dates before the plan was issued are left out.
 */
public final class OccurrenceExpander {


    private final AgencyDirectory directory;
    private final DeadlinePhraseParser parser;
    private final DeadlineContext context;

    public OccurrenceExpander(AgencyDirectory directory, DeadlinePhraseParser parser, DeadlineContext context) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The occurrences of every plan year of the plan's period. */
    public Expansion expand(Plan plan) {
        List<PlannedOccurrence> occurrences = new ArrayList<>();
        List<UnscheduledTask> unscheduled = new ArrayList<>();
        for (int year : plan.planYears()) {
            Expansion one = expand(plan, year);
            occurrences.addAll(one.occurrences());
            unscheduled.addAll(one.unscheduled());
        }
        return new Expansion(occurrences, unscheduled);
    }

    /** The occurrences of one plan year. */
    public Expansion expand(Plan plan, int planYear) {
        List<PlannedOccurrence> occurrences = new ArrayList<>();
        List<UnscheduledTask> unscheduled = new ArrayList<>();
        for (Task task : plan.tasks()) {
            DeadlineRule rule = task.deadlineRule(parser);
            List<DueDate> dueDates = rule.dueDates(planYear, context);
            if (dueDates.isEmpty()) {
                rule.missingInformation(context).ifPresent(reason -> unscheduled.add(new UnscheduledTask(task, planYear,
                        reason, "The deadline \"" + task.deadlinePhrase() + "\" needs a date entered by a person")));
                continue;
            }
            for (DueDate due : dueDates) {
                if (due.date().isBefore(plan.issuedOn())) {
                    unscheduled.add(new UnscheduledTask(task, planYear,
                            "Hạn " + VietnameseDate.of(due.date()) + " trước ngày ban hành kế hoạch " + VietnameseDate.of(plan.issuedOn()),
                            "Due " + due.date() + ", before the plan was issued on " + plan.issuedOn()));
                    continue;
                }
                List<Agency> agencies = responsibleOn(task, due);
                if (agencies.isEmpty()) {
                    unscheduled.add(new UnscheduledTask(task, planYear,
                            "Không có cơ quan chủ trì nào còn tồn tại vào ngày " + VietnameseDate.of(due.date()),
                            "No lead agency exists on " + due.date()));
                }
                agencies.forEach(agency -> occurrences.add(new PlannedOccurrence(task, agency, due)));
            }
        }
        return new Expansion(occurrences, unscheduled);
    }

    /**
     * The occurrences one recorded event gives a task under one of its event deadlines: one per lead agency that
     * exists on the due date, in the plan year the event falls in, period {@code <year>-E<event date>}.
     */
    public List<PlannedOccurrence> expandEvent(Task task, WorkingDaysFromEvent rule, java.time.LocalDate event) {
        List<PlannedOccurrence> occurrences = new ArrayList<>();
        for (DueDate due : rule.dueDates(event.getYear(), context.withEventDate(event))) {
            responsibleOn(task, due).forEach(agency -> occurrences.add(new PlannedOccurrence(task, agency, due)));
        }
        return occurrences;
    }

    private List<Agency> responsibleOn(Task task, DueDate due) {
        Map<String, Agency> byCode = new LinkedHashMap<>();
        for (ResponsibleParty party : task.leads()) {
            directory.responsibleOn(party, due.date()).forEach(a -> byCode.putIfAbsent(a.getCode(), a));
        }
        return List.copyOf(byCode.values());
    }
}
