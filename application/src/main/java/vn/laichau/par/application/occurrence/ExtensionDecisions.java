package vn.laichau.par.application.occurrence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An admin decides a pending extension request, with the reference of the deciding document. */
@ApplicationScoped
public class ExtensionDecisions {

    private final OccurrenceRepository occurrences;
    private final AuditTrail audit;
    private final OccurrenceAccess access;
    private final ExtensionNotices notices;
    private final Clock clock;

    /** For the container's client proxy only. */
    protected ExtensionDecisions() {
        this(null, null, null, null, null);
    }

    @Inject
    public ExtensionDecisions(OfficialRepository officials, OccurrenceRepository occurrences, AuditTrail audit,
                              ExtensionNotices notices, Clock clock) {
        this.occurrences = occurrences;
        this.audit = audit;
        this.access = new OccurrenceAccess(officials, occurrences);
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Approves ({@code approve}) or rejects the request; an approval moves the occurrence's due date. Both go
     * on the audit trail. Refused unless the acting official is an active admin, for a stale version, a
     * request already decided and without a decision reference. The requester and the other administrators are
     * told in the same transaction.
     */
    @Transactional
    public DeadlineExtension decide(long officialId, Channel channel, long extensionId, long expectedVersion,
                                    boolean approve, String decisionReference) {
        Official official = access.actingOfficial(officialId);
        if (!official.hasRole(Role.ADMIN)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "not-your-agency",
                    "Chỉ quản trị viên của cơ quan theo dõi mới được quyết định gia hạn",
                    "Only an admin of the monitoring agency decides extensions");
        }
        DeadlineExtension extension = occurrences.findExtension(extensionId)
                .orElseThrow(() -> OccurrenceAccess.notFound("yêu cầu gia hạn", "extension", extensionId));
        if (extension.version() != expectedVersion) {
            throw OccurrenceAccess.stale("Yêu cầu gia hạn", "extension", extensionId);
        }
        Actor actor = OccurrenceAccess.actor(official, channel);
        occurrences.lockForExtensions(extension.occurrenceId());
        Occurrence occurrence = occurrences.findById(extension.occurrenceId()).orElseThrow();
        if (approve) {
            LocalDate before = occurrence.dueDate();
            extension.approve(official.id(), decisionReference, Instant.now(clock));
            occurrence.extendDeadline(extension.newDueDate());
            audit.record(actor, AuditTrail.DEADLINE_EXTENSION, extensionId, "status", ExtensionStatus.PENDING,
                    ExtensionStatus.APPROVED);
            audit.record(actor, AuditTrail.OCCURRENCE, occurrence.id(), "due_date", before, occurrence.dueDate());
        } else {
            extension.reject(official.id(), decisionReference, Instant.now(clock));
            audit.record(actor, AuditTrail.DEADLINE_EXTENSION, extensionId, "status", ExtensionStatus.PENDING,
                    ExtensionStatus.REJECTED);
        }
        occurrences.flush();
        notices.decided(extension, occurrence);
        return extension;
    }
}
