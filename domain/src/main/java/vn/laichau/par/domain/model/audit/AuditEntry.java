package vn.laichau.par.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed field of one record: who changed it, when, through which channel, from what to what. Entries
 * are only ever added; the database refuses to update or delete them.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    private static final int MAX_VALUE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_official_id", updatable = false)
    private Long actorOfficialId;

    @Column(name = "actor", nullable = false, length = 255, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 8, updatable = false)
    private Channel channel;

    @Column(name = "entity", nullable = false, length = 64, updatable = false)
    private String entity;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "field", nullable = false, length = 64, updatable = false)
    private String field;

    @Column(name = "old_value", length = MAX_VALUE, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE, updatable = false)
    private String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Actor actor, String entity, long entityId, String field, Object oldValue,
                      Object newValue) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actorOfficialId = actor.officialId().orElse(null);
        this.actor = actor.name();
        this.channel = actor.channel();
        this.entity = Objects.requireNonNull(entity, "entity");
        this.entityId = entityId;
        this.field = Objects.requireNonNull(field, "field");
        this.oldValue = text(oldValue);
        this.newValue = text(newValue);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<Long> actorOfficialId() {
        return Optional.ofNullable(actorOfficialId);
    }

    public String actor() {
        return actor;
    }

    public Channel channel() {
        return channel;
    }

    public String entity() {
        return entity;
    }

    public long entityId() {
        return entityId;
    }

    public String field() {
        return field;
    }

    public Optional<String> oldValue() {
        return Optional.ofNullable(oldValue);
    }

    public Optional<String> newValue() {
        return Optional.ofNullable(newValue);
    }
}
