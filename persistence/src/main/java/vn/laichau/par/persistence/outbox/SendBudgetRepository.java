package vn.laichau.par.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sending rate shared by every server instance (table {@code telegram_send_budget}): the moment its next send
 * is due, moved forward under the row's lock by each booking, so that dispatchers on several servers together
 * keep to one rate. Runs in the caller's transaction, which should hold nothing else.
 */
@ApplicationScoped
public class SendBudgetRepository {

    private final EntityManager em;

    @Inject
    public SendBudgetRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected SendBudgetRepository() {
        this(null);
    }

    /**
     * Books the earliest slot at or after {@code notBefore} of the rate {@code name}: one send per
     * {@code interval}, up to {@code tolerance} ahead of the schedule (the burst). Returns the slot.
     */
    public Instant book(String name, Instant notBefore, Duration interval, Duration tolerance) {
        Optional<Instant> due = lockedNextDue(name);
        Instant at = due.map(d -> d.minus(tolerance)).filter(d -> d.isAfter(notBefore)).orElse(notBefore);
        Instant base = due.filter(d -> d.isAfter(at)).orElse(at);
        em.createNativeQuery("UPDATE telegram_send_budget SET next_due = ? WHERE name = ?")
                .setParameter(1, Timestamp.from(base.plus(interval))).setParameter(2, name).executeUpdate();
        return at;
    }

    /** The earliest slot at or after {@code now} of the rate {@code name}, without booking it. */
    public Instant earliest(String name, Instant now, Duration tolerance) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT next_due FROM telegram_send_budget WHERE name = ?")
                .setParameter(1, name).getResultList();
        return rows.stream().filter(Objects::nonNull).findFirst().map(SendBudgetRepository::instant)
                .map(d -> d.minus(tolerance)).filter(d -> d.isAfter(now)).orElse(now);
    }

    /** The rate's next due moment under the row's lock; the row is made when missing (a new rate). */
    private Optional<Instant> lockedNextDue(String name) {
        List<Object> rows = selectForUpdate(name);
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT IGNORE INTO telegram_send_budget (name, next_due) VALUES (?, NULL)")
                    .setParameter(1, name).executeUpdate();
            rows = selectForUpdate(name);
        }
        return rows.stream().filter(Objects::nonNull).findFirst().map(SendBudgetRepository::instant);
    }

    @SuppressWarnings("unchecked")
    private List<Object> selectForUpdate(String name) {
        return em.createNativeQuery("SELECT next_due FROM telegram_send_budget WHERE name = ? FOR UPDATE")
                .setParameter(1, name).getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Timestamp.valueOf((LocalDateTime) value).toInstant();
    }
}
