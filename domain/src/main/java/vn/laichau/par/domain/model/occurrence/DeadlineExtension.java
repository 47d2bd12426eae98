package vn.laichau.par.domain.model.occurrence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.VietnameseDate;

/**
 * A request to move an occurrence's due date ("gia hạn"), and its decision: the old and the new date, the
 * reason, who asked, who decided and the decision's reference (the document that grants it).
 */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "old_due_date", nullable = false, updatable = false)
    private LocalDate oldDueDate;

    @Column(name = "new_due_date", nullable = false, updatable = false)
    private LocalDate newDueDate;

    @Column(name = "reason", nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ExtensionStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reference", length = 255)
    private String decisionReference;

    @Version
    @Column(name = "version")
    private long version;

    protected DeadlineExtension() {
    }

    public DeadlineExtension(long occurrenceId, LocalDate oldDueDate, LocalDate newDueDate, String reason,
                             Long requestedBy, Instant requestedAt) {
        this.occurrenceId = occurrenceId;
        this.oldDueDate = Objects.requireNonNull(oldDueDate, "oldDueDate");
        this.newDueDate = Objects.requireNonNull(newDueDate, "newDueDate");
        if (!newDueDate.isAfter(oldDueDate)) {
            throw Refusal.invalid("Gia hạn phải sau hạn hiện tại " + VietnameseDate.of(oldDueDate),
                    "An extension must be later than the current due date " + VietnameseDate.of(oldDueDate));
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("Gia hạn cần lý do", "An extension needs a reason");
        }
        this.reason = UserText.lines("reason", "Lý do gia hạn", reason);
        this.requestedBy = requestedBy;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.status = ExtensionStatus.PENDING;
    }

    /** Grants the extension by the decision {@code reference}; the occurrence's due date is moved by the caller. */
    public void approve(Long decider, String reference, Instant at) {
        decide(ExtensionStatus.APPROVED, decider, reference, at);
    }

    public void reject(Long decider, String reference, Instant at) {
        decide(ExtensionStatus.REJECTED, decider, reference, at);
    }

    private void decide(ExtensionStatus outcome, Long decider, String reference, Instant at) {
        if (status != ExtensionStatus.PENDING) {
            throw Refusal.conflict("Yêu cầu gia hạn " + id + " đã được quyết định",
                    "Extension " + id + " was already decided");
        }
        if (reference == null || reference.isBlank()) {
            throw Refusal.invalid("Cần số hiệu văn bản quyết định", "A decision reference is required");
        }
        this.status = outcome;
        this.decidedBy = decider;
        this.decisionReference = UserText.line("reference", "Số hiệu văn bản quyết định", reference);
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public long occurrenceId() {
        return occurrenceId;
    }

    public LocalDate oldDueDate() {
        return oldDueDate;
    }

    public LocalDate newDueDate() {
        return newDueDate;
    }

    public String reason() {
        return reason;
    }

    public Optional<Long> requestedBy() {
        return Optional.ofNullable(requestedBy);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public ExtensionStatus status() {
        return status;
    }

    public Optional<Long> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decisionReference() {
        return Optional.ofNullable(decisionReference);
    }

    public long version() {
        return version;
    }
}
