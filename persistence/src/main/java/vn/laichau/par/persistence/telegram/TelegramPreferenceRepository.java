package vn.laichau.par.persistence.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.telegram.TelegramGroupSubscription;
import vn.laichau.par.domain.model.telegram.TelegramPreference;

/** Officials' alert preferences and the group chats subscribed to agencies' alerts. */
@ApplicationScoped
public class TelegramPreferenceRepository {

    private final EntityManager em;

    @Inject
    public TelegramPreferenceRepository(EntityManager em) {
        this.em = em;
    }

    /** For the container's client proxy only. */
    protected TelegramPreferenceRepository() {
        this(null);
    }

    /** The official's preferences, created with the defaults (nothing muted, no quiet hours) when absent. */
    public TelegramPreference of(long officialId) {
        TelegramPreference preference = em.find(TelegramPreference.class, officialId);
        if (preference == null) {
            preference = new TelegramPreference(officialId);
            em.persist(preference);
            em.flush();
        }
        return preference;
    }

    public Optional<TelegramPreference> find(long officialId) {
        return Optional.ofNullable(em.find(TelegramPreference.class, officialId));
    }

    /** Subscribes a group chat to an agency's alerts (replacing an earlier agency of the same chat). */
    public TelegramGroupSubscription subscribeGroup(long chatId, long agencyId, long officialId, Clock clock) {
        unsubscribeGroup(chatId);
        TelegramGroupSubscription subscription =
                new TelegramGroupSubscription(chatId, agencyId, officialId, Instant.now(clock));
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    /** Ends a group chat's subscription; returns whether it had one. */
    public boolean unsubscribeGroup(long chatId) {
        TelegramGroupSubscription existing = em.find(TelegramGroupSubscription.class, chatId);
        if (existing == null) {
            return false;
        }
        em.remove(existing);
        em.flush();
        return true;
    }

    /**
     * Moves a group chat's subscription to the chat's new id, as Telegram gives it when the group became a
     * supergroup; when the new chat is already subscribed, the old subscription just ends. Returns whether the
     * old chat had a subscription.
     */
    public boolean moveGroup(long fromChatId, long toChatId) {
        TelegramGroupSubscription old = em.find(TelegramGroupSubscription.class, fromChatId);
        if (old == null) {
            return false;
        }
        em.remove(old);
        em.flush();
        if (em.find(TelegramGroupSubscription.class, toChatId) == null) {
            em.persist(new TelegramGroupSubscription(toChatId, old.agencyId(), old.subscribedBy(), old.subscribedAt()));
            em.flush();
        }
        return true;
    }

    public Optional<TelegramGroupSubscription> groupSubscription(long chatId) {
        return Optional.ofNullable(em.find(TelegramGroupSubscription.class, chatId));
    }

    /** The group chats that receive an agency's alerts. */
    public List<TelegramGroupSubscription> groupsOfAgency(long agencyId) {
        return em.createQuery("SELECT s FROM TelegramGroupSubscription s WHERE s.agencyId = :a ORDER BY s.chatId",
                TelegramGroupSubscription.class).setParameter("a", agencyId).getResultList();
    }
}
