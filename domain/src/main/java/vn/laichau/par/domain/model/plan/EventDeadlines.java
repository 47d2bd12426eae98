package vn.laichau.par.domain.model.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.laichau.par.domain.model.agency.ReferenceTable;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;

/**
 * A task's deadlines counted in working days from an event, each of which becomes an obligation when an
 * official records the event (a decision signed on a day): the task's written deadline when it is one, the time
 * limits its own text states ("Thường xuyên cập nhật … (trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày
 * ký quyết định công bố)"), and those the plan's body states for it, listed beside a shipped plan in
 * {@code event-rules.tsv}. In that order, without repeats.
 */
public final class EventDeadlines {

    private static final Map<String, String> SHIPPED = Map.of("447/KH-UBND", ShippedPlan.PLAN_447);
    private static final Map<String, Map<String, List<String>>> BODY_RULES = new LinkedHashMap<>();

    private EventDeadlines() {
    }

    public static List<WorkingDaysFromEvent> of(Task task, DeadlinePhraseParser parser) {
        List<WorkingDaysFromEvent> rules = new ArrayList<>();
        DeadlineRule written = task.deadlineRule(parser);
        if (written instanceof WorkingDaysFromEvent rule) {
            rules.add(rule);
        }
        for (WorkingDaysFromEvent rule : parser.timeLimitsIn(task.text())) {
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        for (String phrase : bodyRules(task.plan().number()).getOrDefault(task.code(), List.of())) {
            if (parser.parse(phrase) instanceof WorkingDaysFromEvent rule && !rules.contains(rule)) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    private static synchronized Map<String, List<String>> bodyRules(String planNumber) {
        String folder = SHIPPED.get(planNumber);
        if (folder == null) {
            return Map.of();
        }
        return BODY_RULES.computeIfAbsent(planNumber, n -> {
            Map<String, List<String>> byTask = new LinkedHashMap<>();
            ReferenceTable.fromClasspath(folder + "event-rules.tsv").rows().forEach(row ->
                    byTask.computeIfAbsent(row.required("task"), t -> new ArrayList<>()).add(row.required("phrase")));
            return byTask;
        });
    }
}
