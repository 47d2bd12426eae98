package vn.laichau.par.api.occurrence;

import java.time.Instant;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.ProgressReport;

/** A progress report as stored. */
public record ProgressReportResponse(long id, long occurrenceId, int percent, String note, Long reportedBy,
                                     Channel channel, Instant reportedAt) {

    static ProgressReportResponse of(ProgressReport r) {
        return new ProgressReportResponse(r.id(), r.occurrenceId(), r.percent(), r.note().orElse(null),
                r.reportedBy().orElse(null), r.channel(), r.reportedAt());
    }
}
