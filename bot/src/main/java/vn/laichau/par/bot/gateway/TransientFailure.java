package vn.laichau.par.bot.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure that may pass: rate limiting (429), a server error (5xx), a time-out or broken connection, or an
 * answer that was not the Bot API's JSON (a proxy's error page).
 *
 * @param retryAfter the least wait Telegram asked for before the next attempt; zero when it named none
 * @param reason     what went wrong
 * @param unreachable the Bot API could not be reached at all (connection refused, unknown host, no route): a
 *                    messenger blocked on the network looks like this, and an alert had better take another channel
 */
public record TransientFailure(Duration retryAfter, String reason, boolean unreachable) implements TelegramFailure {

    public TransientFailure(Duration retryAfter, String reason) {
        this(retryAfter, reason, false);
    }

    /** The Bot API could not be reached at all. */
    public static TransientFailure unreachable(String reason) {
        return new TransientFailure(Duration.ZERO, reason, true);
    }

    public TransientFailure {
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(reason, "reason");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
    }

    public static TransientFailure of(String reason) {
        return new TransientFailure(Duration.ZERO, reason);
    }
}
