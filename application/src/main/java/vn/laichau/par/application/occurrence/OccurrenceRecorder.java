package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.ProgressReport;
import vn.laichau.par.persistence.audit.AuditTrail;

/**
 * Records an agency's work on an occurrence: progress reports, evidence received, finishing and reopening.
 * Every change is checked against the version the caller saw (a stale one is refused with
 * {@link OptimisticLockException}) and written to the audit trail in the same transaction.
 */
@ApplicationScoped
public class OccurrenceRecorder {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    private Clock clock = Clock.systemUTC();

    public OccurrenceRecorder() {
    }

    /** For use outside a container (tests, tools). */
    public OccurrenceRecorder(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Inject
    void useClock(Instance<Clock> clocks) {
        if (clocks.isResolvable()) {
            this.clock = clocks.get();
        }
    }

    /** Records a progress report and moves the occurrence's progress to {@code percent}. */
    public ProgressReport reportProgress(long occurrenceId, long expectedVersion, int percent, String note, Actor actor) {
        Occurrence occurrence = current(occurrenceId, expectedVersion);
        int before = occurrence.progressPercent();
        occurrence.reportProgress(percent);
        ProgressReport report = new ProgressReport(occurrenceId, percent, note, actor, Instant.now(clock));
        em.persist(report);
        audit().record(actor, AuditTrail.OCCURRENCE, occurrenceId, "progress_percent", before, percent);
        em.flush();
        return report;
    }

    /** Records an evidence document received for the occurrence. */
    public Evidence recordEvidence(long occurrenceId, long expectedVersion, EvidenceUpload upload, Actor actor) {
        Occurrence occurrence = current(occurrenceId, expectedVersion);
        int before = occurrence.evidenceCount();
        occurrence.receiveEvidence();
        Evidence evidence = new Evidence(occurrenceId, upload.fileName(), upload.contentType(), upload.sizeBytes(),
                upload.sha256(), upload.storagePath(), actor, Instant.now(clock));
        em.persist(evidence);
        em.flush();
        audit().record(actor, AuditTrail.OCCURRENCE, occurrenceId, "evidence_count", before, occurrence.evidenceCount());
        audit().record(actor, AuditTrail.OCCURRENCE, occurrenceId, "evidence", null,
                evidence.id() + " " + evidence.fileName() + " sha256:" + evidence.sha256());
        return evidence;
    }

    /** Marks the occurrence finished on {@code day}; refused while evidence the task asks for is missing. */
    public Occurrence finish(long occurrenceId, long expectedVersion, LocalDate day, Actor actor) {
        Occurrence occurrence = current(occurrenceId, expectedVersion);
        int progressBefore = occurrence.progressPercent();
        occurrence.finish(day);
        audit().record(actor, AuditTrail.OCCURRENCE, occurrenceId, "finished_on", null, day);
        audit().record(actor, AuditTrail.OCCURRENCE, occurrenceId, "progress_percent", progressBefore,
                occurrence.progressPercent());
        em.flush();
        return occurrence;
    }

    /** Opens a finished occurrence again, e.g. when its evidence was found insufficient. */
    public Occurrence reopen(long occurrenceId, long expectedVersion, Actor actor) {
        Occurrence occurrence = current(occurrenceId, expectedVersion);
        LocalDate finished = occurrence.finishedOn().orElse(null);
        occurrence.reopen();
        audit().record(actor, AuditTrail.OCCURRENCE, occurrenceId, "finished_on", finished, null);
        em.flush();
        return occurrence;
    }

    /** The progress reports of an occurrence, oldest first. */
    public List<ProgressReport> reportsOf(long occurrenceId) {
        return em.createQuery("SELECT r FROM ProgressReport r WHERE r.occurrenceId = :o ORDER BY r.reportedAt, r.id",
                ProgressReport.class).setParameter("o", occurrenceId).getResultList();
    }

    /** The evidence received for an occurrence, oldest first. */
    public List<Evidence> evidenceOf(long occurrenceId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.occurrenceId = :o ORDER BY e.uploadedAt, e.id",
                Evidence.class).setParameter("o", occurrenceId).getResultList();
    }

    public Optional<Evidence> findEvidence(long evidenceId) {
        return Optional.ofNullable(em.find(Evidence.class, evidenceId));
    }

    private Occurrence current(long occurrenceId, long expectedVersion) {
        return current(em, occurrenceId, expectedVersion);
    }

    static Occurrence current(EntityManager em, long occurrenceId, long expectedVersion) {
        Occurrence occurrence = em.find(Occurrence.class, occurrenceId);
        if (occurrence == null) {
            throw new EntityNotFoundException("Không có kỳ mã số " + occurrenceId + " / no occurrence " + occurrenceId);
        }
        if (occurrence.version() != expectedVersion) {
            throw new OptimisticLockException("Kỳ " + occurrenceId + " đã được thay đổi (phiên bản "
                    + occurrence.version() + ") / occurrence " + occurrenceId + " was changed meanwhile (version "
                    + occurrence.version() + ", expected " + expectedVersion + ")", null, occurrence);
        }
        return occurrence;
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }
}
