package vn.laichau.par.domain.model.occurrence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.deadline.DueDate;

/**
 * One due instance of a task for one responsible agency ("Kỳ"): task × period × agency, with its own due
 * date, progress, evidence and, once done, the day it was finished. Task and agency are other aggregates and
 * are referred to by identifier; the agency stays the one the occurrence was assigned to, so history stays
 * attributable after reorganisations.
 */
@Entity
@Table(name = "occurrence", uniqueConstraints = @UniqueConstraint(name = "uk_occurrence_task_period_agency",
        columnNames = {"task_id", "period", "agency_id"}))
public class Occurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(name = "period", nullable = false, length = 32)
    private String period;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(name = "evidence_count", nullable = false)
    private int evidenceCount;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(name = "finished_on")
    private LocalDate finishedOn;

    @Version
    @Column(name = "version")
    private long version;

    /** When the row last changed, kept by the database; for delta synchronisation. */
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected Occurrence() {
    }

    public Occurrence(long taskId, long agencyId, DueDate due, boolean evidenceRequired) {
        Objects.requireNonNull(due, "due");
        this.taskId = taskId;
        this.agencyId = agencyId;
        this.planYear = due.planYear();
        this.period = due.period();
        this.dueDate = due.date();
        this.evidenceRequired = evidenceRequired;
    }

    /**
     * Records the agency's progress report: how far the work is, in percent (0–100). Refused while the
     * occurrence is finished, and for a percent outside 0–100.
     */
    public void reportProgress(int percent) {
        requireOpen();
        if (percent < 0 || percent > 100) {
            throw Refusal.invalid("invalid-request", "Tiến độ phải từ 0 đến 100 %", "Progress must be between 0 and 100 %",
                    List.of(new Refusal.Violation("percent", "phải từ 0 đến 100", "must be between 0 and 100")));
        }
        this.progressPercent = percent;
    }

    /** Records that one evidence document was received. */
    public void receiveEvidence() {
        this.evidenceCount++;
    }

    /**
     * Marks the work finished on {@code day}. Refused ({@code EVIDENCE_MISSING}) while the task asks for evidence and
     * none was received, and when it is already finished.
     */
    public void finish(LocalDate day) {
        Objects.requireNonNull(day, "day");
        requireOpen();
        if (evidenceRequired && evidenceCount == 0) {
            throw Refusal.of(Refusal.Reason.EVIDENCE_MISSING, "evidence-missing",
                    "Chưa thể hoàn thành: nhiệm vụ yêu cầu tài liệu kiểm chứng nhưng chưa nhận được tài liệu nào.",
                    "Cannot finish: the task asks for evidence and none has been received.");
        }
        this.finishedOn = day;
        this.progressPercent = 100;
    }

    /** Opens a finished occurrence again, e.g. when its evidence was found insufficient. */
    public void reopen() {
        if (finishedOn == null) {
            throw Refusal.conflict("Kỳ này chưa hoàn thành", "The occurrence is not finished");
        }
        this.finishedOn = null;
    }

    /**
     * A request to move the due date to {@code newDueDate} for {@code reason}, asked at {@code at}; refused
     * once the occurrence is finished, for a date not after the current due date and without a reason.
     */
    public DeadlineExtension askExtension(LocalDate newDueDate, String reason, Long requestedBy, Instant at) {
        if (finishedOn != null) {
            throw Refusal.conflict("Kỳ đã hoàn thành, không thể gia hạn", "The occurrence is finished");
        }
        return new DeadlineExtension(id, dueDate, newDueDate, reason, requestedBy, at);
    }

    /** Moves the due date to a later day (gia hạn); the decision behind it is recorded by the caller. */
    public void extendDeadline(LocalDate newDueDate) {
        requireOpen();
        if (!newDueDate.isAfter(dueDate)) {
            throw Refusal.invalid("Gia hạn phải sau hạn hiện tại " + VietnameseDate.of(dueDate),
                    "An extension must be later than the current due date " + VietnameseDate.of(dueDate));
        }
        this.dueDate = newDueDate;
    }

    /**
     * Moves the due date to the day the working-day calendar now gives, earlier or later, when the calendar
     * changed under a deadline counted in working days.
     */
    public void followCalendar(LocalDate recomputedDueDate) {
        requireOpen();
        this.dueDate = Objects.requireNonNull(recomputedDueDate, "recomputedDueDate");
    }

    /** The status officials see on {@code today}. */
    public OccurrenceStatus status(StatusRule rule, LocalDate today) {
        return rule.statusOf(dueDate, today, finishedOn());
    }

    public boolean isFinished() {
        return finishedOn != null;
    }

    private void requireOpen() {
        if (finishedOn != null) {
            throw Refusal.conflict("Kỳ này đã hoàn thành ngày " + VietnameseDate.of(finishedOn),
                    "The occurrence was finished on " + VietnameseDate.of(finishedOn));
        }
    }

    public Long id() {
        return id;
    }

    public long taskId() {
        return taskId;
    }

    public long agencyId() {
        return agencyId;
    }

    public int planYear() {
        return planYear;
    }

    public String period() {
        return period;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean evidenceRequired() {
        return evidenceRequired;
    }

    public int evidenceCount() {
        return evidenceCount;
    }

    public boolean evidenceReceived() {
        return evidenceCount > 0;
    }

    public int progressPercent() {
        return progressPercent;
    }

    public Optional<LocalDate> finishedOn() {
        return Optional.ofNullable(finishedOn);
    }

    public long version() {
        return version;
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
