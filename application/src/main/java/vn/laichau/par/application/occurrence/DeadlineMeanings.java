package vn.laichau.par.application.occurrence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.EventDeadlines;
import vn.laichau.par.domain.model.plan.Task;

/**
 * What an occurrence's due date means, read from its task's deadline phrase. Phrases are few (one per task) and
 * lists read many occurrences of the same tasks, so each phrase is read once and its rule kept; the memory is
 * emptied when it holds more phrases than any plan has.
 */
final class DeadlineMeanings {

    private static final int MAX_PHRASES = 20_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Map<String, DeadlineRule> rules = new ConcurrentHashMap<>();

    String of(Task task, Occurrence occurrence) {
        int event = occurrence.period().indexOf("-E");
        if (event > 0) {
            // an obligation a recorded event created: its time limit, counted from that day
            java.util.List<vn.laichau.par.domain.deadline.WorkingDaysFromEvent> limits = EventDeadlines.of(task, parser);
            LocalDate day = LocalDate.parse(occurrence.period().substring(event + 2));
            String limit = limits.isEmpty() ? "thời hạn tính từ sự kiện" : limits.get(0).describe();
            return limit + " (sự kiện ngày " + DAY.format(day) + ")";
        }
        DeadlineRule rule = task.manualDeadline().isPresent() || task.deadlinePhrase() == null
                ? task.deadlineRule(parser) : rule(task);
        return rule.meaningOf(new DueDate(occurrence.period(), occurrence.dueDate()));
    }

    private DeadlineRule rule(Task task) {
        DeadlineRule known = rules.get(task.deadlinePhrase());
        if (known != null) {
            return known;
        }
        if (rules.size() >= MAX_PHRASES) {
            rules.clear();
        }
        DeadlineRule rule = task.deadlineRule(parser);
        rules.put(task.deadlinePhrase(), rule);
        return rule;
    }
}
