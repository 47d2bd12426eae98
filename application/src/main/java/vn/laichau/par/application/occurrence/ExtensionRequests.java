package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An official asks to move an occurrence's due date ("xin gia hạn"); an admin decides later. */
@ApplicationScoped
public class ExtensionRequests {

    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final OccurrenceAccess access;
    private final ExtensionNotices notices;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected ExtensionRequests() {
        this(null, null, null, null, null);
    }

    @Inject
    public ExtensionRequests(OfficialRepository officials, OccurrenceRepository occurrences, AuditTrail audit,
                             ExtensionNotices notices, Clock clock) {
        this.occurrences = occurrences;
        this.audit = audit;
        this.access = new OccurrenceAccess(officials, occurrences);
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Records a pending request to move the due date to {@code newDueDate} for {@code reason}, on the audit
     * trail; refused by the access rules, for a stale version, a finished occurrence, a date not after the
     * current due date, without a date or a reason, and while an earlier request for the occurrence waits for its
     * decision (one pending request per occurrence, from whichever entry point). The administrators are told in
     * the same transaction.
     */
    @Transactional
    public DeadlineExtension request(long officialId, Channel channel, long occurrenceId, long expectedVersion,
                                     LocalDate newDueDate, String reason) {
        OccurrenceAccess.Work work = access.writableBy(officialId, channel, occurrenceId, expectedVersion);
        if (newDueDate == null || reason == null || reason.isBlank()) {
            throw Refusal.invalid("Cần ngày hạn mới và lý do gia hạn", "A new due date and a reason are required");
        }
        Actor actor = work.actor();
        DeadlineExtension extension = work.occurrence().askExtension(newDueDate, reason, work.official().id(),
                Instant.now(clock));
        occurrences.lockForExtensions(occurrenceId);
        refuseWhilePending(occurrenceId);
        occurrences.addExtension(extension);
        occurrences.flush();
        audit.record(actor, AuditTrail.DEADLINE_EXTENSION, extension.id(), "status", null,
                ExtensionStatus.PENDING);
        notices.requested(extension, work.occurrence());
        return extension;
    }

    /**
     * Refuses (409 {@code extension-pending}) while a request for the occurrence waits for its decision, as
     * {@link #request} does: an entry point that asks for the new date and the reason in steps says so before
     * the first step.
     */
    @Transactional
    public void refuseWhilePending(long occurrenceId) {
        occurrences.pendingExtensionOf(occurrenceId).ifPresent(pending -> {
            throw pendingAlready(pending);
        });
    }

    private Refusal pendingAlready(DeadlineExtension pending) {
        String asked = VietnameseDate.of(pending.requestedAt().atZone(clock.getZone()).toLocalDate());
        String newDueDate = VietnameseDate.of(pending.newDueDate());
        return Refusal.of(Refusal.Reason.CONFLICT, "extension-pending",
                "Kỳ " + pending.occurrenceId() + " đã có đề nghị gia hạn đến " + newDueDate
                        + " (gửi ngày " + asked + ") đang chờ quyết định; chỉ gửi đề nghị mới sau khi đề nghị này "
                        + "được duyệt hoặc từ chối",
                "Occurrence " + pending.occurrenceId() + " already has an extension request to "
                        + newDueDate + " (asked on " + asked + ") waiting for a decision; ask again "
                        + "once it is approved or rejected");
    }
}
