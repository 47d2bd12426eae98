package vn.laichau.par.persistence.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The webhook updates already received, by Telegram's update id, shared by every server instance: the first
 * instance to record an id handles the update, any later delivery of the same id (Telegram resending it, or a
 * second instance behind the load balancer) is not handled again.
 */
@ApplicationScoped
public class TelegramUpdateRepository {

    /** How long an update id is remembered; Telegram stops resending an update within a day. */
    public static final Duration KEPT = Duration.ofDays(2);

    private final EntityManager em;

    @Inject
    public TelegramUpdateRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected TelegramUpdateRepository() {
        this(null);
    }

    /**
     * Records the update id; true when this is its first delivery. A concurrent recording of the same id in
     * another transaction waits for that one and then answers false.
     */
    public boolean recordFirstDelivery(long updateId, Instant now) {
        if (updateId % 500 == 0) {
            em.createNativeQuery("DELETE FROM telegram_update_received WHERE received_at < ?")
                    .setParameter(1, Timestamp.from(now.minus(KEPT))).executeUpdate();
        }
        return em.createNativeQuery("INSERT IGNORE INTO telegram_update_received (update_id, received_at) "
                        + "VALUES (?, ?)")
                .setParameter(1, updateId).setParameter(2, Timestamp.from(now)).executeUpdate() == 1;
    }
}
