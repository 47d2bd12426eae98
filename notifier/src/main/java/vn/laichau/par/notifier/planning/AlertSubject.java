package vn.laichau.par.notifier.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/**
 * What the planner needs to know about one occurrence, flattened from the occurrence, its task and its
 * agency so that a day can be planned from one query.
 *
 * @param extended        the due date was moved by an extension (gia hạn); the reminders follow the new date
 * @param missingEvidence the evidence documents the task asks for and the agency has not yet sent
 */
public record AlertSubject(
        long occurrenceId,
        long taskId,
        String taskCode,
        String taskTitle,
        long agencyId,
        String agencyName,
        LocalDate dueDate,
        Optional<LocalDate> finishedOn,
        boolean extended,
        List<String> missingEvidence) {

    public AlertSubject {
        Objects.requireNonNull(taskCode, "taskCode");
        Objects.requireNonNull(taskTitle, "taskTitle");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(finishedOn, "finishedOn");
        missingEvidence = List.copyOf(missingEvidence);
    }

    /**
     * The subject of a stored occurrence. Its evidence is missing when the task asks for some and none was
     * received; {@code evidenceDocuments} are the documents the task names.
     */
    public static AlertSubject of(Occurrence occurrence, String taskCode, String taskTitle, String agencyName,
                                  List<String> evidenceDocuments, boolean extended) {
        Long id = Objects.requireNonNull(occurrence.id(), "the occurrence must be stored before it is planned");
        List<String> missing = occurrence.evidenceRequired() && !occurrence.evidenceReceived()
                ? evidenceDocuments : List.of();
        return new AlertSubject(id, occurrence.taskId(), taskCode, taskTitle, occurrence.agencyId(), agencyName,
                occurrence.dueDate(), occurrence.finishedOn(), extended, missing);
    }

    public boolean isOpen() {
        return finishedOn.isEmpty();
    }
}
