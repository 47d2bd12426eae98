package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.audit.AuditTrail;

/** An official marks an occurrence finished today. */
@ApplicationScoped
public class OccurrenceFinishing {

    private final EntityManager em;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected OccurrenceFinishing() {
        this(null, null);
    }

    @Inject
    public OccurrenceFinishing(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Marks the occurrence finished today (in the clock's zone) and writes it to the audit trail; refused by
     * the access rules, for a stale version, with {@code EVIDENCE_MISSING} when the task asks for evidence and
     * none was received, and when it is finished already.
     */
    @Transactional
    public Occurrence finish(long officialId, Channel channel, long occurrenceId, long expectedVersion) {
        OccurrenceAccess access = new OccurrenceAccess(Objects.requireNonNull(em, "em"));
        Official official = access.actingOfficial(officialId);
        Occurrence occurrence = access.writable(official, occurrenceId, expectedVersion);
        Actor actor = OccurrenceAccess.actor(official, channel);
        LocalDate today = LocalDate.now(clock);
        int progressBefore = occurrence.progressPercent();
        occurrence.finish(today);
        AuditTrail audit = new AuditTrail(em, clock);
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "finished_on", null, today);
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "progress_percent", progressBefore,
                occurrence.progressPercent());
        em.flush();
        return occurrence;
    }
}
