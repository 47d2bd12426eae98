package vn.laichau.par.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's published limits for one bot, applied before each send: about 30 messages a second overall,
 * one a second to one chat, 20 a minute to one group (a group's chat id is negative). It answers how long to
 * wait and books the slot, so concurrent dispatch threads of one server share the limits. The overall rate is
 * a {@link SendBudget}: this server's own, or one shared through the database by every server instance.
 */
public final class TelegramThrottle {

    private static final int FORGET_AFTER = 10_000;

    private final SendBudget overall;
    private final int perChat;
    private final int perGroupPerMinute;
    private final Map<String, TokenBucket> chats = new HashMap<>();

    public TelegramThrottle(int overallPerSecond, int perChatPerSecond, int perGroupPerMinute) {
        this(SendBudget.local(overallPerSecond, Duration.ofSeconds(1), overallPerSecond), perChatPerSecond,
                perGroupPerMinute);
    }

    public TelegramThrottle(SendBudget overall, int perChatPerSecond, int perGroupPerMinute) {
        this.overall = overall;
        this.perChat = perChatPerSecond;
        this.perGroupPerMinute = perGroupPerMinute;
    }

    /** Telegram's own figures: 30/s overall, 1/s per chat, 20/min per group. */
    public static TelegramThrottle telegramLimits() {
        return new TelegramThrottle(30, 1, 20);
    }

    /** Telegram's per-chat and per-group figures with the overall rate kept by {@code overall}. */
    public static TelegramThrottle telegramLimits(SendBudget overall) {
        return new TelegramThrottle(overall, 1, 20);
    }

    /** Books the next free slot for {@code chat} and returns how long from {@code now} until it. */
    public synchronized Duration reserve(String chat, Instant now) {
        TokenBucket bucket = chats.computeIfAbsent(chat, this::bucketFor);
        Instant at = overall.book(bucket.earliest(now));
        bucket.take(at);
        if (chats.size() > FORGET_AFTER) {
            chats.values().removeIf(b -> b.isIdle(now));
        }
        return Duration.between(now, at);
    }

    /**
     * Books the next free slot for {@code chat} when the chat's own limit lets it come within {@code maxWait} of
     * {@code now}, and returns how long until it. When the chat's limit holds it longer, nothing is booked and
     * the wait until the chat is free is returned: the message is put back until then and asks again, so the
     * queue of a busy group pushes neither its own slots nor other chats' sends ever further ahead.
     */
    public synchronized Duration reserve(String chat, Instant now, Duration maxWait) {
        TokenBucket bucket = chats.get(chat);
        Duration chatWait = bucket == null ? Duration.ZERO : Duration.between(now, bucket.earliest(now));
        return chatWait.compareTo(maxWait) > 0 ? chatWait : reserve(chat, now);
    }

    /** How long a send to {@code chat} would wait now, without booking anything. */
    public synchronized Duration waitFor(String chat, Instant now) {
        TokenBucket bucket = chats.get(chat);
        return Duration.between(now, overall.earliest(bucket == null ? now : bucket.earliest(now)));
    }

    private TokenBucket bucketFor(String chat) {
        return chat.startsWith("-")
                ? new TokenBucket(perGroupPerMinute, Duration.ofMinutes(1), 1)
                : new TokenBucket(perChat, Duration.ofSeconds(1), 1);
    }
}
