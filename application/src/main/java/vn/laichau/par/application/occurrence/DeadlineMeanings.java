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
 * lists read many occurrences of the same tasks, so each phrase is read once and its rule kept, and what it means
 * for one period and due date is worded once; each memory is emptied when it holds more than any plan needs.
 */
final class DeadlineMeanings {

    private static final int MAX_PHRASES = 20_000;
    private static final int MAX_MEANINGS = 100_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Map<String, DeadlineRule> rules = new ConcurrentHashMap<>();
    /** What a phrase means for one period and due date: the same for every agency owing that period. */
    private final Map<String, String> meanings = new ConcurrentHashMap<>();

    String of(Task task, Occurrence occurrence) {
        int event = occurrence.period().indexOf("-E");
        if (event > 0) {
            // an obligation a recorded event created: its time limit, counted from that day
            java.util.List<vn.laichau.par.domain.deadline.WorkingDaysFromEvent> limits = EventDeadlines.of(task, parser);
            LocalDate day = LocalDate.parse(occurrence.period().substring(event + 2));
            String limit = limits.isEmpty() ? "thời hạn tính từ sự kiện" : limits.get(0).describe();
            return limit + " (sự kiện ngày " + DAY.format(day) + ")";
        }
        if (task.manualDeadline().isPresent() || task.deadlinePhrase() == null) {
            return task.deadlineRule(parser).meaningOf(new DueDate(occurrence.period(), occurrence.dueDate()));
        }
        String key = task.deadlinePhrase() + '\n' + occurrence.period() + '\n' + occurrence.dueDate();
        String known = meanings.get(key);
        if (known != null) {
            return known;
        }
        if (meanings.size() >= MAX_MEANINGS) {
            meanings.clear();
        }
        String meaning = rule(task).meaningOf(new DueDate(occurrence.period(), occurrence.dueDate()));
        meanings.put(key, meaning);
        return meaning;
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
