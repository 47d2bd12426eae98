package vn.laichau.par.persistence.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The moments outages of each messenger channel were announced, shared by every server instance. */
@ApplicationScoped
public class ChannelOutageRepository {

    private final EntityManager em;

    @Inject
    public ChannelOutageRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected ChannelOutageRepository() {
        this(null);
    }

    /**
     * Claims the announcement of the outage of {@code channel} that began at {@code outageSince}: true (and the
     * claim recorded as made {@code now}) when no announcement was made since that moment, false when one was —
     * by this instance or another. Runs in the caller's transaction and locks the channel's row until it ends.
     */
    public boolean claimNotice(String channel, Instant outageSince, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> noticed = em.createNativeQuery(
                        "SELECT noticed_at FROM channel_outage_notice WHERE channel = ? FOR UPDATE")
                .setParameter(1, channel).getResultList();
        if (noticed.isEmpty()) {
            em.createNativeQuery("INSERT INTO channel_outage_notice (channel, noticed_at) VALUES (?, ?)")
                    .setParameter(1, channel).setParameter(2, Timestamp.from(now)).executeUpdate();
            return true;
        }
        Instant last = ((Timestamp) noticed.get(0)).toInstant();
        if (!last.isBefore(outageSince)) {
            return false;
        }
        em.createNativeQuery("UPDATE channel_outage_notice SET noticed_at = ? WHERE channel = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, channel).executeUpdate();
        return true;
    }
}
