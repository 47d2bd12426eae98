package vn.laichau.par.api.extension;

import java.time.Instant;
import java.time.LocalDate;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;

/** A deadline extension (gia hạn): what was asked, and what was decided. */
public record ExtensionResponse(long id, long occurrenceId, LocalDate oldDueDate, LocalDate newDueDate, String reason,
                                Long requestedBy, Instant requestedAt, ExtensionStatus status, Long decidedBy,
                                Instant decidedAt, String decisionReference, long version) {

    public static ExtensionResponse of(DeadlineExtension e) {
        return new ExtensionResponse(e.id(), e.occurrenceId(), e.oldDueDate(), e.newDueDate(), e.reason(),
                e.requestedBy().orElse(null), e.requestedAt(), e.status(), e.decidedBy().orElse(null),
                e.decidedAt().orElse(null), e.decisionReference().orElse(null), e.version());
    }
}
