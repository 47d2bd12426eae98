package vn.laichau.par.persistence.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;

/**
 * Writes and reads the audit trail: one entry per changed field, in the caller's transaction, so that a
 * change and its record are stored together or not at all.
 */
@Dependent
public final class AuditTrail {

    public static final String OCCURRENCE = "occurrence";
    public static final String DEADLINE_EXTENSION = "deadline_extension";
    public static final String INDICATOR_VALUE = "indicator_value";
    public static final String PLAN = "plan";

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public AuditTrail(EntityManager em, Clock clock) {
        this.em = Objects.requireNonNull(em, "em");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a change of one field; nothing is written when the value did not change. */
    public void record(Actor actor, String entity, long entityId, String field, Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        em.persist(new AuditEntry(Instant.now(clock), actor, entity, entityId, field, oldValue, newValue));
    }

    /** The history of one record, oldest first. */
    public List<AuditEntry> historyOf(String entity, long entityId) {
        return new AuditRepository(em).historyOf(entity, entityId);
    }
}
