package vn.laichau.par.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.notification.Notification;

/** The in-app feed of each official: entries are added by the notifier and read through the API. */
@ApplicationScoped
public class NotificationRepository {

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public NotificationRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected NotificationRepository() {
        this(null, null);
    }

    /** Adds an unread entry to the feed of {@code officialId}, stamped now. */
    public Notification add(long officialId, String title, String body, Long occurrenceId) {
        Notification notification = new Notification(officialId, Instant.now(clock), title, body, occurrenceId);
        em.persist(notification);
        em.flush();
        return notification;
    }

    /**
     * The feed of one official in id order (oldest first): at most {@code limit} entries after the entry
     * {@code afterId} (0 for the start). The next page starts after the last id returned.
     */
    public List<Notification> page(long officialId, long afterId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.officialId = :official AND n.id > :after "
                        + "ORDER BY n.id", Notification.class)
                .setParameter("official", officialId).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /** One entry, only if it belongs to {@code officialId}. */
    public Optional<Notification> find(long officialId, long id) {
        Notification notification = em.find(Notification.class, id);
        return notification != null && notification.officialId() == officialId
                ? Optional.of(notification) : Optional.empty();
    }

    /**
     * Marks the entry {@code id} of {@code officialId} read now; false when there is no such entry for this
     * official or it was already read.
     */
    public boolean markRead(long officialId, long id) {
        return find(officialId, id).map(n -> n.markRead(Instant.now(clock))).orElse(false);
    }

    /** How many entries of the official are still unread. */
    public long unreadCount(long officialId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.officialId = :official "
                        + "AND n.readAt IS NULL", Long.class)
                .setParameter("official", officialId).getSingleResult();
    }
}
