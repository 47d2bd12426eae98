package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.ProgressReport;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An official reports how far the work on an occurrence is: a percent (0–100) and an optional note. */
@ApplicationScoped
public class ProgressReporting {

    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final OccurrenceAccess access;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected ProgressReporting() {
        this(null, null, null, null);
    }

    @Inject
    public ProgressReporting(OfficialRepository officials, OccurrenceRepository occurrences, AuditTrail audit,
                             Clock clock) {
        this.occurrences = occurrences;
        this.audit = audit;
        this.access = new OccurrenceAccess(officials, occurrences);
        this.clock = clock;
    }

    /**
     * Records the report, moves the occurrence's progress and writes the change to the audit trail; refused
     * by the access rules, for a stale version, a finished occurrence or a percent outside 0–100.
     */
    @Transactional
    public ProgressReport report(long officialId, Channel channel, long occurrenceId, long expectedVersion,
                                 int percent, String note) {
        OccurrenceAccess.Work work = access.writableBy(officialId, channel, occurrenceId, expectedVersion);
        Occurrence occurrence = work.occurrence();
        Actor actor = work.actor();
        int before = occurrence.progressPercent();
        occurrence.reportProgress(percent);
        ProgressReport report = new ProgressReport(occurrenceId, percent, note, actor, Instant.now(clock));
        occurrences.addProgressReport(report);
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "progress_percent", before,
                percent);
        occurrences.flush();
        return report;
    }
}
