package vn.laichau.par.persistence.outbox;

import vn.laichau.par.domain.model.notification.OutboxStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One alert message in the outbox, as the administration sees it. Rows are written by the planner and moved
 * by the dispatcher with guarded SQL updates; through this entity an administrator only revives a dead one.
 */
@Entity
@Table(name = "alert_outbox")
public class OutboxMessage {

    @Id
    private Long id;

    @Column(name = "alert_key", nullable = false, updatable = false)
    private String alertKey;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "plan_day", nullable = false, updatable = false)
    private LocalDate planDay;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "subject_line", nullable = false, updatable = false)
    private String subjectLine;

    @Column(name = "plain_text", nullable = false, updatable = false)
    private String plainText;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "channel_used")
    private String channelUsed;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMessage() {
    }

    /**
     * Gives a dead message a fresh start: pending from {@code now}, attempts counted from zero, the last error
     * kept for the record. Returns false when the message is not dead.
     */
    public boolean retry(Instant now) {
        if (status != OutboxStatus.DEAD) {
            return false;
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedBy = null;
        return true;
    }

    public Long id() {
        return id;
    }

    public String alertKey() {
        return alertKey;
    }

    public String kind() {
        return kind;
    }

    public long recipientId() {
        return recipientId;
    }

    public LocalDate planDay() {
        return planDay;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public String subjectLine() {
        return subjectLine;
    }

    public String plainText() {
        return plainText;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> channelUsed() {
        return Optional.ofNullable(channelUsed);
    }

    public Optional<String> providerMessageId() {
        return Optional.ofNullable(providerMessageId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
