package vn.laichau.par.api.occurrence;

import java.time.Instant;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;

/** One change on an occurrence's audit trail: who, when, through which channel, which field, from what to what. */
public record HistoryEntryResponse(long id, Instant occurredAt, String actor, Long actorOfficialId, Channel channel,
                                   String field, String oldValue, String newValue) {

    static HistoryEntryResponse of(AuditEntry entry) {
        return new HistoryEntryResponse(entry.id(), entry.occurredAt(), entry.actor(),
                entry.actorOfficialId().orElse(null), entry.channel(), entry.field(),
                entry.oldValue().orElse(null), entry.newValue().orElse(null));
    }
}
