package vn.laichau.par.application.occurrence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An official submits an evidence file for an occurrence ("nộp minh chứng"). */
@ApplicationScoped
public class EvidenceSubmission {

    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final OccurrenceAccess access;
    private final Clock clock;
    private final EvidenceStore store;

    /**
     * The container's, to remove an evidence file whose transaction does not commit; a container resource, absent
     * outside a container, where the caller's transaction is not watched and a failed record removes the file.
     */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** For the container's client proxy only. */
    protected EvidenceSubmission() {
        this(null, null, null, null, null);
    }

    @Inject
    public EvidenceSubmission(OfficialRepository officials, OccurrenceRepository occurrences, AuditTrail audit,
                              Clock clock, EvidenceStore store) {
        this.occurrences = occurrences;
        this.audit = audit;
        this.access = new OccurrenceAccess(officials, occurrences);
        this.clock = clock;
        this.store = store;
    }

    /**
     * Stores the file (checked name, accepted type, size limit, SHA-256), records it and writes it to the audit
     * trail; refused by the access rules and for a stale version before anything is stored. The file is removed
     * again when the record cannot be written or, in a container, when the transaction does not commit.
     */
    @Transactional
    public Evidence submit(long officialId, Channel channel, long occurrenceId, long expectedVersion,
                           String fileName, String contentType, InputStream content) {
        Actor actor = access.writableBy(officialId, channel, occurrenceId, expectedVersion).actor();
        EvidenceUpload upload = store.store(occurrenceId, fileName, contentType, content);
        boolean discardedByTransaction = transactions != null && transactions.getTransactionKey() != null;
        if (discardedByTransaction) {
            transactions.registerInterposedSynchronization(new DiscardUnlessCommitted(store, upload.storagePath()));
        }
        try {
            return record(occurrenceId, upload, actor);
        } catch (RuntimeException e) {
            if (!discardedByTransaction) {
                store.discard(upload.storagePath());
            }
            throw e;
        }
    }

    private Evidence record(long occurrenceId, EvidenceUpload upload, Actor actor) {
        Occurrence occurrence = occurrences.findById(occurrenceId).orElseThrow();
        int before = occurrence.evidenceCount();
        occurrence.receiveEvidence();
        Evidence evidence = new Evidence(occurrenceId, upload.fileName(), upload.contentType(), upload.sizeBytes(),
                upload.sha256(), upload.storagePath(), actor, Instant.now(clock));
        occurrences.addEvidence(evidence);
        occurrences.flush();
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "evidence_count", before, occurrence.evidenceCount());
        audit.record(actor, AuditTrail.OCCURRENCE, occurrenceId, "evidence", null,
                evidence.id() + " " + evidence.fileName() + " sha256:" + evidence.sha256());
        return evidence;
    }
}
