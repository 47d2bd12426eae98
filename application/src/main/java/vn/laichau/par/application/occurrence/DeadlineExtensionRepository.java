package vn.laichau.par.application.occurrence;

import vn.laichau.par.application.occurrence.OccurrenceRecorder;
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
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.audit.AuditTrail;

/**
 * Deadline extensions ("gia hạn"): an official asks, an admin decides with a decision reference, and an
 * approved extension moves the occurrence's due date. The request, the decision and the due date's change
 * go on the audit trail.
 */
@ApplicationScoped
public class DeadlineExtensionRepository {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    private Clock clock = Clock.systemUTC();

    public DeadlineExtensionRepository() {
    }

    /** For use outside a container (tests, tools). */
    public DeadlineExtensionRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Inject
    void useClock(Instance<Clock> clocks) {
        if (clocks.isResolvable()) {
            this.clock = clocks.get();
        }
    }

    public Optional<DeadlineExtension> findById(long id) {
        return Optional.ofNullable(em.find(DeadlineExtension.class, id));
    }

    /** The extensions asked for an occurrence, oldest first. */
    public List<DeadlineExtension> ofOccurrence(long occurrenceId) {
        return em.createQuery("SELECT e FROM DeadlineExtension e WHERE e.occurrenceId = :o "
                + "ORDER BY e.requestedAt, e.id", DeadlineExtension.class).setParameter("o", occurrenceId).getResultList();
    }

    /** Requests waiting for a decision, oldest first, after the one with id {@code afterId}. */
    public List<DeadlineExtension> pending(long afterId, int limit) {
        return em.createQuery("SELECT e FROM DeadlineExtension e WHERE e.status = :s AND e.id > :after ORDER BY e.id",
                        DeadlineExtension.class)
                .setParameter("s", ExtensionStatus.PENDING).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /** Asks to move an open occurrence's due date to {@code newDueDate}, for {@code reason}. */
    public DeadlineExtension request(long occurrenceId, long expectedVersion, LocalDate newDueDate, String reason,
                                     Actor actor) {
        Occurrence occurrence = OccurrenceRecorder.current(em, occurrenceId, expectedVersion);
        if (occurrence.isFinished()) {
            throw new IllegalStateException("Kỳ đã hoàn thành, không thể gia hạn / the occurrence is finished");
        }
        DeadlineExtension extension = new DeadlineExtension(occurrenceId, occurrence.dueDate(), newDueDate, reason,
                actor.officialId().orElse(null), Instant.now(clock));
        em.persist(extension);
        em.flush();
        audit().record(actor, AuditTrail.DEADLINE_EXTENSION, extension.id(), "status", null, ExtensionStatus.PENDING);
        return extension;
    }

    /** Grants a request by the decision {@code decisionReference}: the occurrence is due on the new date. */
    public DeadlineExtension approve(long extensionId, long expectedVersion, String decisionReference, Actor actor) {
        DeadlineExtension extension = current(extensionId, expectedVersion);
        Occurrence occurrence = em.find(Occurrence.class, extension.occurrenceId());
        LocalDate before = occurrence.dueDate();
        extension.approve(actor.officialId().orElse(null), decisionReference, Instant.now(clock));
        occurrence.extendDeadline(extension.newDueDate());
        AuditTrail audit = audit();
        audit.record(actor, AuditTrail.DEADLINE_EXTENSION, extensionId, "status", ExtensionStatus.PENDING,
                ExtensionStatus.APPROVED);
        audit.record(actor, AuditTrail.OCCURRENCE, occurrence.id(), "due_date", before, occurrence.dueDate());
        em.flush();
        return extension;
    }

    /** Refuses a request; the due date stays. */
    public DeadlineExtension reject(long extensionId, long expectedVersion, String decisionReference, Actor actor) {
        DeadlineExtension extension = current(extensionId, expectedVersion);
        extension.reject(actor.officialId().orElse(null), decisionReference, Instant.now(clock));
        audit().record(actor, AuditTrail.DEADLINE_EXTENSION, extensionId, "status", ExtensionStatus.PENDING,
                ExtensionStatus.REJECTED);
        em.flush();
        return extension;
    }

    private DeadlineExtension current(long extensionId, long expectedVersion) {
        DeadlineExtension extension = em.find(DeadlineExtension.class, extensionId);
        if (extension == null) {
            throw new EntityNotFoundException("Không có yêu cầu gia hạn " + extensionId + " / no extension " + extensionId);
        }
        if (extension.version() != expectedVersion) {
            throw new OptimisticLockException("Yêu cầu gia hạn " + extensionId + " đã được thay đổi / extension "
                    + extensionId + " was changed meanwhile", null, extension);
        }
        return extension;
    }

    private AuditTrail audit() {
        return new AuditTrail(em, clock);
    }
}
