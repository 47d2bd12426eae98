package vn.laichau.par.persistence.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.telegram.TelegramLinkCode;

/**
 * Links Telegram chats to officials: issues one-time codes (only their hash is stored), redeems them from
 * {@code /start <code>}, and unlinks. The linked chat is kept on the official.
 */
@ApplicationScoped
public class TelegramLinkRepository {

    /** Letters and digits Telegram accepts in a {@code start} parameter, without look-alikes (0/O, 1/l/I). */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int CODE_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Clock clock;

    @Inject
    public TelegramLinkRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected TelegramLinkRepository() {
        this(null, null);
    }

    /** Issues a new code for an active official; returns the code itself, which is never stored. */
    public IssuedLinkCode issueCode(long officialId) {
        Official official = em.find(Official.class, officialId);
        if (official == null || !official.isActive()) {
            throw new IllegalArgumentException("No active official " + officialId);
        }
        String code = newCode();
        TelegramLinkCode stored = new TelegramLinkCode(hash(code), officialId, Instant.now(clock));
        em.persist(stored);
        em.flush();
        return new IssuedLinkCode(code, stored.expiresAt());
    }

    /**
     * Spends {@code code} to link {@code chatId} to its official. A chat linked to another official before is
     * moved to this one.
     */
    public LinkOutcome redeem(String code, long chatId) {
        return spend(code, chatId, "TELEGRAM", official -> {
            findByChat(chatId).filter(other -> !other.id().equals(official.id())).ifPresent(Official::unlinkTelegram);
            em.flush();
            official.linkTelegram(chatId);
        });
    }

    /**
     * Spends {@code code} for the chat {@code chatKey} of {@code messenger}: when it is known, unused, unexpired
     * and its official active, marks it used and lets {@code link} attach the chat to the official. The same
     * codes link a Telegram chat or a Zalo account.
     */
    public LinkOutcome spend(String code, long chatKey, String messenger, java.util.function.Consumer<Official> link) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return new LinkOutcome.Unknown();
        }
        Optional<TelegramLinkCode> found = em.createQuery(
                        "SELECT c FROM TelegramLinkCode c WHERE c.codeHash = :h", TelegramLinkCode.class)
                .setParameter("h", hash(code.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return new LinkOutcome.Unknown();
        }
        TelegramLinkCode stored = found.get();
        Instant now = Instant.now(clock);
        if (stored.isUsed()) {
            return new LinkOutcome.Used();
        }
        if (stored.isExpiredAt(now)) {
            return new LinkOutcome.Expired();
        }
        Official official = em.find(Official.class, stored.officialId());
        if (official == null || !official.isActive()) {
            return new LinkOutcome.Unknown();
        }
        stored.redeem(chatKey, messenger, now);
        link.accept(official);
        em.flush();
        return new LinkOutcome.Linked(official);
    }

    /** The active official linked to a chat. */
    public Optional<Official> findByChat(long chatId) {
        return em.createQuery("SELECT o FROM Official o WHERE o.telegramChatId = :chat", Official.class)
                .setParameter("chat", chatId).getResultStream().findFirst();
    }

    /** Unlinks the official linked to the chat; returns whether one was. */
    public boolean unlink(long chatId) {
        Optional<Official> official = findByChat(chatId);
        official.ifPresent(Official::unlinkTelegram);
        em.flush();
        return official.isPresent();
    }

    /** The codes issued for an official, newest first. */
    public List<TelegramLinkCode> codesOf(long officialId) {
        return em.createQuery("SELECT c FROM TelegramLinkCode c WHERE c.officialId = :o ORDER BY c.id DESC",
                TelegramLinkCode.class).setParameter("o", officialId).getResultList();
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
