package vn.laichau.par.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.laichau.par.domain.model.audit.AuditEntry;

/** Reads the audit trail for inspection. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "par")
    private EntityManager em;

    public AuditRepository() {
    }

    /** For use outside a container (tests, tools). */
    public AuditRepository(EntityManager em) {
        this.em = em;
    }

    /** The history of one record, oldest first. */
    public List<AuditEntry> historyOf(String entity, long entityId) {
        return new AuditTrail(em, Clock.systemUTC()).historyOf(entity, entityId);
    }

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive), after the entry {@code afterId}. */
    public List<AuditEntry> between(Instant from, Instant to, long afterId, int limit) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.occurredAt >= :from AND a.occurredAt < :to "
                        + "AND a.id > :after ORDER BY a.id", AuditEntry.class)
                .setParameter("from", from).setParameter("to", to).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }
}
