package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An official marks an occurrence finished today. */
@ApplicationScoped
public class OccurrenceFinishing {

    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final OccurrenceAccess access;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected OccurrenceFinishing() {
        this(null, null, null, null);
    }

    @Inject
    public OccurrenceFinishing(OfficialRepository officials, OccurrenceRepository occurrences, AuditTrail audit,
                               Clock clock) {
        this.occurrences = occurrences;
        this.audit = audit;
        this.access = new OccurrenceAccess(officials, occurrences);
        this.clock = clock;
    }

    /**
     * Marks the occurrence finished today (in the clock's zone) and writes it to the audit trail; refused by
     * the access rules, for a stale version, with {@code EVIDENCE_MISSING} when the task asks for evidence and
     * none was received, and when it is finished already.
     */
    @Transactional
    public Occurrence finish(long officialId, Channel channel, long occurrenceId, long expectedVersion) {
        OccurrenceAccess.Work work = access.writableBy(officialId, channel, occurrenceId, expectedVersion);
        Occurrence occurrence = work.occurrence();
        Actor actor = work.actor();
        LocalDate today = LocalDate.now(clock);
        int progressBefore = occurrence.progressPercent();
        occurrence.finish(today);
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "finished_on", null, today);
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "progress_percent", progressBefore,
                occurrence.progressPercent());
        occurrences.flush();
        return occurrence;
    }
}
