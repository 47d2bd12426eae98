package vn.laichau.par.api.occurrence;

import java.time.Instant;
import java.time.LocalDate;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.occurrence.StatusRule;

/** One due instance of a task for one agency (kỳ), with its status today. */
public record OccurrenceResponse(long id, long taskId, String taskCode, long agencyId, int planYear, String period,
                                 LocalDate dueDate, OccurrenceStatus status, int progressPercent,
                                 boolean evidenceRequired, int evidenceCount, LocalDate finishedOn, long version,
                                 Instant updatedAt) {

    static OccurrenceResponse of(Occurrence o, String taskCode, LocalDate today) {
        return new OccurrenceResponse(o.id(), o.taskId(), taskCode, o.agencyId(), o.planYear(), o.period(),
                o.dueDate(), o.status(StatusRule.standard(), today), o.progressPercent(), o.evidenceRequired(),
                o.evidenceCount(), o.finishedOn().orElse(null), o.version(), o.updatedAt().orElse(null));
    }
}
