package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.audit.AuditTrail;

/** An official asks to move an occurrence's due date ("xin gia hạn"); an admin decides later. */
@ApplicationScoped
public class ExtensionRequests {

    private final EntityManager em;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected ExtensionRequests() {
        this(null, null);
    }

    @Inject
    public ExtensionRequests(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Records a pending request to move the due date to {@code newDueDate} for {@code reason}, on the audit
     * trail; refused by the access rules, for a stale version, a finished occurrence, a date not after the
     * current due date and without a date or a reason.
     */
    @Transactional
    public DeadlineExtension request(long officialId, Channel channel, long occurrenceId, long expectedVersion,
                                     LocalDate newDueDate, String reason) {
        OccurrenceAccess access = new OccurrenceAccess(Objects.requireNonNull(em, "em"));
        Official official = access.actingOfficial(officialId);
        Occurrence occurrence = access.writable(official, occurrenceId, expectedVersion);
        if (newDueDate == null || reason == null || reason.isBlank()) {
            throw Refusal.invalid("Cần ngày hạn mới và lý do gia hạn", "A new due date and a reason are required");
        }
        Actor actor = OccurrenceAccess.actor(official, channel);
        DeadlineExtension extension = occurrence.askExtension(newDueDate, reason, official.id(), Instant.now(clock));
        em.persist(extension);
        em.flush();
        new AuditTrail(em, clock).record(actor, AuditTrail.DEADLINE_EXTENSION, extension.id(), "status", null,
                ExtensionStatus.PENDING);
        return extension;
    }
}
