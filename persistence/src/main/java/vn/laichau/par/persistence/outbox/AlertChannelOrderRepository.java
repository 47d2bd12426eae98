package vn.laichau.par.persistence.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;

/** Each official's own order of alert channels; officials without one follow {@link AlertChannelOrder#DEFAULT}. */
@ApplicationScoped
public class AlertChannelOrderRepository {

    private final EntityManager em;

    @Inject
    public AlertChannelOrderRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected AlertChannelOrderRepository() {
        this(null);
    }

    /** The official's order, or the default. */
    public AlertChannelOrder of(long officialId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT channels FROM official_alert_channels WHERE official_id = ?")
                .setParameter(1, officialId).getResultList();
        return rows.stream().findFirst().flatMap(stored -> AlertChannelOrder.parse(stored.toString()))
                .orElse(AlertChannelOrder.DEFAULT);
    }

    /** Stores the official's order. */
    public void change(long officialId, AlertChannelOrder order, Instant now) {
        em.createNativeQuery("INSERT INTO official_alert_channels (official_id, channels, updated_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE channels = VALUES(channels), updated_at = VALUES(updated_at)")
                .setParameter(1, officialId).setParameter(2, order.stored()).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /** Whether the official set an order of their own. */
    public Optional<AlertChannelOrder> stored(long officialId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT channels FROM official_alert_channels WHERE official_id = ?")
                .setParameter(1, officialId).getResultList();
        return rows.stream().findFirst().flatMap(stored -> AlertChannelOrder.parse(stored.toString()));
    }
}
