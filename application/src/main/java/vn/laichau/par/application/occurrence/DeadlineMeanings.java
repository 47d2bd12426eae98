package vn.laichau.par.application.occurrence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.Task;

/**
 * What an occurrence's due date means, read from its task's deadline phrase. Phrases are few (one per task) and
 * lists read many occurrences of the same tasks, so each phrase is read once and its rule kept; the memory is
 * emptied when it holds more phrases than any plan has.
 */
final class DeadlineMeanings {

    private static final int MAX_PHRASES = 20_000;

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Map<String, DeadlineRule> rules = new ConcurrentHashMap<>();

    String of(Task task, Occurrence occurrence) {
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
