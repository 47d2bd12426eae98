package vn.laichau.par.persistence.messenger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/** The events each messenger delivered that were taken on, so that a re-delivered one is handled once. */
@ApplicationScoped
public class HandledEventRepository {

    private final EntityManager em;

    @Inject
    public HandledEventRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected HandledEventRepository() {
        this(null);
    }

    /**
     * Records that the event {@code eventKey} of {@code messenger} is taken on {@code now}: true the first time,
     * false when it was already recorded (by this instance or another).
     */
    public boolean claim(String messenger, String eventKey, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO handled_messenger_event (messenger, event_key, handled_at) "
                        + "VALUES (?, ?, ?)")
                .setParameter(1, messenger).setParameter(2, eventKey).setParameter(3, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}
