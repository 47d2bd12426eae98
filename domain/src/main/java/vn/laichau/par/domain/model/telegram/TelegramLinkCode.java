package vn.laichau.par.domain.model.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-time code that links a Telegram chat to an official: only its SHA-256 is stored, it is valid for
 * {@link #VALIDITY} and works once.
 */
@Entity
@Table(name = "telegram_link_code")
public class TelegramLinkCode {

    public static final Duration VALIDITY = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String codeHash;

    @Column(name = "official_id", nullable = false, updatable = false)
    private long officialId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by_chat_id")
    private Long usedByChatId;

    @Column(name = "used_by_messenger", length = 16)
    private String usedByMessenger;

    protected TelegramLinkCode() {
    }

    public TelegramLinkCode(String codeHash, long officialId, Instant issuedAt) {
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.officialId = officialId;
        this.createdAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = issuedAt.plus(VALIDITY);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Spends the code for {@code chatId}; refused when it was used already or has expired. */
    public void redeem(long chatId, Instant now) {
        if (isUsed()) {
            throw new IllegalStateException("The link code was used already");
        }
        if (isExpiredAt(now)) {
            throw new IllegalStateException("The link code expired at " + expiresAt);
        }
        this.usedAt = now;
        this.usedByChatId = chatId;
    }

    /** As {@link #redeem(long, Instant)}, naming the messenger whose chat spent the code. */
    public void redeem(long chatId, String messenger, Instant now) {
        redeem(chatId, now);
        this.usedByMessenger = messenger;
    }

    public Long id() {
        return id;
    }

    public long officialId() {
        return officialId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    public Optional<Long> usedByChatId() {
        return Optional.ofNullable(usedByChatId);
    }
}
