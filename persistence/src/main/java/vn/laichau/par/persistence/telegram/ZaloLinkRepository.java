package vn.laichau.par.persistence.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.official.Official;

/**
 * Zalo accounts and the bot: the chat key of each Zalo user who writes (a number far below any Telegram chat id,
 * so that dialogs and rate limits keyed by chat work for both messengers), linking a Zalo account to an official
 * with the same one-time codes as Telegram ({@link TelegramLinkRepository#issueCode}), and unlinking.
 */
@ApplicationScoped
public class ZaloLinkRepository {

    /** The chat key of the first Zalo user; later ones count down from it. */
    public static final long FIRST_CHAT_KEY = -(1L << 62);

    private final EntityManager em;
    private final TelegramLinkRepository codes;
    private final Clock clock;

    @Inject
    public ZaloLinkRepository(EntityManager em, TelegramLinkRepository codes, Clock clock) {
        this.em = em;
        this.codes = codes;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ZaloLinkRepository() {
        this(null, null, null);
    }

    /** Whether a chat key belongs to a Zalo user (rather than a Telegram chat). */
    public static boolean isZaloChat(long chatKey) {
        return chatKey <= FIRST_CHAT_KEY;
    }

    /** The chat key of a Zalo user, given on first contact and the same ever after (on every instance). */
    public long chatKey(String zaloUserId) {
        String user = checked(zaloUserId);
        em.createNativeQuery("INSERT IGNORE INTO zalo_chat (zalo_user_id, first_seen_at) VALUES (?, ?)")
                .setParameter(1, user).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        Number id = (Number) em.createNativeQuery("SELECT id FROM zalo_chat WHERE zalo_user_id = ?")
                .setParameter(1, user).getSingleResult();
        return FIRST_CHAT_KEY - id.longValue();
    }

    /** The Zalo user of a chat key. */
    public Optional<String> zaloUser(long chatKey) {
        if (!isZaloChat(chatKey)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> users = em.createNativeQuery("SELECT zalo_user_id FROM zalo_chat WHERE id = ?")
                .setParameter(1, FIRST_CHAT_KEY - chatKey).getResultList();
        return users.stream().findFirst().map(Object::toString);
    }

    /** The official who linked the Zalo account of a chat key. */
    public Optional<Official> findByChat(long chatKey) {
        return zaloUser(chatKey).flatMap(this::findByZaloUser);
    }

    public Optional<Official> findByZaloUser(String zaloUserId) {
        return em.createQuery("SELECT o FROM Official o WHERE o.zaloUserId = :user", Official.class)
                .setParameter("user", zaloUserId).getResultStream().findFirst();
    }

    /**
     * Spends a link code to link the Zalo account of {@code chatKey} to the code's official; an account linked to
     * another official before moves to this one. A Telegram chat the official linked stays linked.
     */
    public LinkOutcome redeem(String code, long chatKey) {
        String user = zaloUser(chatKey).orElseThrow(() -> new IllegalArgumentException("Not a Zalo chat: " + chatKey));
        return codes.spend(code, chatKey, "ZALO", official -> {
            findByZaloUser(user).filter(other -> !other.id().equals(official.id())).ifPresent(Official::unlinkZalo);
            em.flush();
            official.linkZalo(user);
        });
    }

    /** Unlinks the official linked to the Zalo account of a chat key; returns whether one was. */
    public boolean unlink(long chatKey) {
        Optional<Official> official = findByChat(chatKey);
        official.ifPresent(Official::unlinkZalo);
        em.flush();
        return official.isPresent();
    }

    private static String checked(String zaloUserId) {
        if (zaloUserId == null || zaloUserId.isBlank() || zaloUserId.length() > 64) {
            throw new IllegalArgumentException("A Zalo user id has 1-64 characters");
        }
        return zaloUserId.strip();
    }
}
