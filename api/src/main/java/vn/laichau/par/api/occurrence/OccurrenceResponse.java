package vn.laichau.par.api.occurrence;

import java.time.Instant;
import java.time.LocalDate;
import vn.laichau.par.application.occurrence.OccurrenceWithTask;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.occurrence.StatusRule;

/**
 * One due instance of a task for one agency (kỳ), with its status today.
 *
 * @param deadlineMeaning what the due date means in plain Vietnamese, e.g. "hết quý II năm kế hoạch"
 */
public record OccurrenceResponse(long id, long taskId, String taskCode, long agencyId, int planYear, String period,
                                 LocalDate dueDate, String deadlineMeaning, OccurrenceStatus status, int progressPercent,
                                 boolean evidenceRequired, int evidenceCount, LocalDate finishedOn, long version,
                                 Instant updatedAt) {

    static OccurrenceResponse of(OccurrenceWithTask row, LocalDate today) {
        Occurrence o = row.occurrence();
        return new OccurrenceResponse(o.id(), o.taskId(), row.taskCode(), o.agencyId(), o.planYear(), o.period(),
                o.dueDate(), row.deadlineMeaning(), o.status(StatusRule.standard(), today), o.progressPercent(), o.evidenceRequired(),
                o.evidenceCount(), o.finishedOn().orElse(null), o.version(), o.updatedAt().orElse(null));
    }
}
