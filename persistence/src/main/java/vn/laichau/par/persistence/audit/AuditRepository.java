package vn.laichau.par.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import vn.laichau.par.domain.model.audit.AuditEntry;

/** Reads the audit trail for inspection. */
@ApplicationScoped
public class AuditRepository {

    private final EntityManager em;

    @Inject
    public AuditRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected AuditRepository() {
        this(null);
    }

    /** The history of one record, oldest first. */
    public List<AuditEntry> historyOf(String entity, long entityId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entity = :entity AND a.entityId = :id "
                        + "ORDER BY a.occurredAt, a.id", AuditEntry.class)
                .setParameter("entity", entity).setParameter("id", entityId).getResultList();
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive), after the entry {@code afterId}. */
    public List<AuditEntry> between(Instant from, Instant to, long afterId, int limit) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.occurredAt >= :from AND a.occurredAt < :to "
                        + "AND a.id > :after ORDER BY a.id", AuditEntry.class)
                .setParameter("from", from).setParameter("to", to).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }
}
