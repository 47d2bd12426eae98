package vn.laichau.par.application.occurrence;

import java.time.LocalDate;
import vn.laichau.par.domain.VietnameseDate;
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

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Memory<String, DeadlineRule> rules = new Memory<>(MAX_PHRASES);
    /** What a phrase means for one period and due date: the same for every agency owing that period. */
    private final Memory<String, String> meanings = new Memory<>(MAX_MEANINGS);

    String of(Task task, Occurrence occurrence) {
        int event = occurrence.period().indexOf("-E");
        if (event > 0) {
            // an obligation a recorded event created: its time limit, counted from that day
            java.util.List<vn.laichau.par.domain.deadline.WorkingDaysFromEvent> limits = EventDeadlines.of(task, parser);
            LocalDate day = LocalDate.parse(occurrence.period().substring(event + 2));
            String limit = limits.isEmpty() ? "thời hạn tính từ sự kiện" : limits.get(0).describe();
            return limit + " (sự kiện ngày " + VietnameseDate.of(day) + ")";
        }
        DueDate due = new DueDate(occurrence.period(), occurrence.dueDate());
        if (task.manualDeadline().isPresent() || task.deadlinePhrase() == null) {
            return task.deadlineRule(parser).meaningOf(due);
        }
        return meanings.of(task.deadlinePhrase() + '\n' + occurrence.period() + '\n' + occurrence.dueDate(),
                key -> rules.of(task.deadlinePhrase(), phrase -> task.deadlineRule(parser)).meaningOf(due));
    }
}
