package vn.laichau.par.api.occurrence;

import java.time.Instant;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Evidence;

/** An evidence document's metadata; the file is at {@code download}. */
public record EvidenceResponse(long id, long occurrenceId, String fileName, String contentType, long sizeBytes,
                               String sha256, Long uploadedBy, Channel channel, Instant uploadedAt, String download) {

    static EvidenceResponse of(Evidence e) {
        return new EvidenceResponse(e.id(), e.occurrenceId(), e.fileName(), e.contentType(), e.sizeBytes(),
                e.sha256(), e.uploadedBy().orElse(null), e.channel(), e.uploadedAt(),
                "/api/v1/occurrences/" + e.occurrenceId() + "/evidence/" + e.id() + "/content");
    }
}
