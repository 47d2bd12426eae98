package vn.laichau.par.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an official's in-app feed: a title, a body and, where it is about one occurrence, that
 * occurrence. It is created unread and can be marked read once.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_TITLE = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "official_id", nullable = false, updatable = false)
    private long officialId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "title", nullable = false, length = MAX_TITLE, updatable = false)
    private String title;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "occurrence_id", updatable = false)
    private Long occurrenceId;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {
    }

    public Notification(long officialId, Instant createdAt, String title, String body, Long occurrenceId) {
        this.officialId = officialId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title");
        }
        this.title = title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
        this.body = Objects.requireNonNull(body, "body");
        this.occurrenceId = occurrenceId;
    }

    /** Marks the entry read at {@code when}; returns false when it was already read. */
    public boolean markRead(Instant when) {
        if (readAt != null) {
            return false;
        }
        readAt = Objects.requireNonNull(when, "when");
        return true;
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

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Optional<Long> occurrenceId() {
        return Optional.ofNullable(occurrenceId);
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    public boolean isRead() {
        return readAt != null;
    }

    public long version() {
        return version;
    }
}
