package vn.laichau.par.bot.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-chat limit on updates: at most {@code limit} in any {@code window}. Beyond it the chat is told once
 * per window and further updates are dropped, so that a flooding chat neither blocks others nor makes the bot
 * flood back. Kept in memory: each server instance limits the updates it receives.
 */
public final class ChatRateLimiter {

    /** What to do with an update. */
    public enum Verdict {
        /** Handle it. */
        ALLOW,
        /** Drop it and tell the chat to slow down (the first time in a window). */
        WARN,
        /** Drop it silently. */
        DROP
    }

    private static final int MAX_CHATS_REMEMBERED = 10_000;

    private final int limit;
    private final Duration window;
    private final Map<Long, ChatWindow> chats = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ChatWindow> eldest) {
            return size() > MAX_CHATS_REMEMBERED;
        }
    };

    public ChatRateLimiter(int limit, Duration window) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs a positive count and window");
        }
        this.limit = limit;
        this.window = window;
    }

    /** 20 updates in 30 seconds: far above a person typing, far below a script. */
    public static ChatRateLimiter standard() {
        return new ChatRateLimiter(20, Duration.ofSeconds(30));
    }

    public synchronized Verdict check(long chatId, Instant now) {
        ChatWindow chat = chats.computeIfAbsent(chatId, id -> new ChatWindow());
        Instant start = now.minus(window);
        while (!chat.times.isEmpty() && !chat.times.peekFirst().isAfter(start)) {
            chat.times.removeFirst();
        }
        if (chat.times.size() < limit) {
            chat.times.addLast(now);
            chat.warned = false;
            return Verdict.ALLOW;
        }
        if (chat.warned) {
            return Verdict.DROP;
        }
        chat.warned = true;
        return Verdict.WARN;
    }

    private static final class ChatWindow {
        private final Deque<Instant> times = new ArrayDeque<>();
        private boolean warned;
    }
}
