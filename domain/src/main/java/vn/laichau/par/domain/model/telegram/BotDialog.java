package vn.laichau.par.domain.model.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot waits for in one chat, e.g. "the note of occurrence 123 after 60 %". One row per chat; it ends
 * when the answer arrives, when another command starts, or after {@link #LIFETIME}.
 */
@Entity
@Table(name = "telegram_dialog")
public class BotDialog {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    @Id
    @Column(name = "chat_id")
    private long chatId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 32)
    private DialogStep step;

    @Column(name = "occurrence_id")
    private Long occurrenceId;

    @Column(name = "percent")
    private Integer percent;

    @Column(name = "occurrence_version")
    private Long occurrenceVersion;

    @Column(name = "file_id", length = 255)
    private String fileId;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Version
    @Column(name = "version")
    private long version;

    protected BotDialog() {
    }

    public BotDialog(long chatId, DialogStep step, Long occurrenceId, Integer percent, Instant now) {
        this(chatId, step, occurrenceId, percent, null, now);
    }

    /** @param occurrenceVersion the version of the occurrence the chat saw, or null when it does not matter */
    public BotDialog(long chatId, DialogStep step, Long occurrenceId, Integer percent, Long occurrenceVersion,
                     Instant now) {
        this.chatId = chatId;
        moveTo(step, occurrenceId, percent, occurrenceVersion, now);
    }

    /** Waits for the next answer of the chat. */
    public void moveTo(DialogStep nextStep, Long nextOccurrenceId, Integer nextPercent, Instant now) {
        moveTo(nextStep, nextOccurrenceId, nextPercent, null, now);
    }

    /** Waits for the next answer of the chat about the occurrence as it was at {@code seenVersion}. */
    public void moveTo(DialogStep nextStep, Long nextOccurrenceId, Integer nextPercent, Long seenVersion,
                       Instant now) {
        this.step = Objects.requireNonNull(nextStep, "nextStep");
        this.occurrenceId = nextOccurrenceId;
        this.percent = nextPercent;
        this.occurrenceVersion = seenVersion;
        this.fileId = null;
        this.fileName = null;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** Keeps a file the chat sent (Telegram's file id and its name) until the dialog ends or moves on. */
    public void holdFile(String heldFileId, String heldFileName) {
        this.fileId = Objects.requireNonNull(heldFileId, "heldFileId");
        this.fileName = Objects.requireNonNull(heldFileName, "heldFileName");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public long chatId() {
        return chatId;
    }

    public DialogStep step() {
        return step;
    }

    public Optional<Long> occurrenceId() {
        return Optional.ofNullable(occurrenceId);
    }

    public Optional<Integer> percent() {
        return Optional.ofNullable(percent);
    }

    /** The version of the occurrence the chat saw when the dialog began, if it matters for the answer. */
    public Optional<Long> occurrenceVersion() {
        return Optional.ofNullable(occurrenceVersion);
    }

    /** Telegram's id of the file the dialog holds, if any. */
    public Optional<String> fileId() {
        return Optional.ofNullable(fileId);
    }

    /** The name of the file the dialog holds, if any. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
