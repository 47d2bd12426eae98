package vn.laichau.par.domain.model.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A group chat that receives an agency's alerts, subscribed by an admin of that agency. */
@Entity
@Table(name = "telegram_group_subscription")
public class TelegramGroupSubscription {

    @Id
    @Column(name = "chat_id")
    private long chatId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "subscribed_by", nullable = false)
    private long subscribedBy;

    @Column(name = "subscribed_at", nullable = false)
    private Instant subscribedAt;

    protected TelegramGroupSubscription() {
    }

    public TelegramGroupSubscription(long chatId, long agencyId, long subscribedBy, Instant subscribedAt) {
        this.chatId = chatId;
        this.agencyId = agencyId;
        this.subscribedBy = subscribedBy;
        this.subscribedAt = Objects.requireNonNull(subscribedAt, "subscribedAt");
    }

    public long chatId() {
        return chatId;
    }

    public long agencyId() {
        return agencyId;
    }

    public long subscribedBy() {
        return subscribedBy;
    }

    public Instant subscribedAt() {
        return subscribedAt;
    }
}
