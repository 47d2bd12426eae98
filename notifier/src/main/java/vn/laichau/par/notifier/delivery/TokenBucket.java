package vn.laichau.par.notifier.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * A rate of {@code permits} per {@code period} with a burst of {@code burst}, kept as the time the next
 * permit is due (the generic cell rate algorithm). Not thread-safe: {@link TelegramThrottle} guards it.
 */
final class TokenBucket {

    private final long intervalNanos;
    private final long toleranceNanos;
    private Instant due = Instant.MIN;

    TokenBucket(int permits, Duration period, int burst) {
        if (permits <= 0 || burst <= 0) {
            throw new IllegalArgumentException("permits and burst must be positive");
        }
        this.intervalNanos = period.toNanos() / permits;
        this.toleranceNanos = intervalNanos * (burst - 1L);
    }

    /** The earliest moment from {@code now} at which a permit is free. */
    Instant earliest(Instant now) {
        if (due.equals(Instant.MIN)) {
            return now;
        }
        Instant allowed = due.minusNanos(toleranceNanos);
        return allowed.isAfter(now) ? allowed : now;
    }

    /** Takes the permit for a send at {@code at} (not before {@link #earliest}). */
    void take(Instant at) {
        Instant base = due.equals(Instant.MIN) || due.isBefore(at) ? at : due;
        due = base.plusNanos(intervalNanos);
    }

    /** True when the bucket is full again at {@code now}, so forgetting it changes nothing. */
    boolean isIdle(Instant now) {
        return due.equals(Instant.MIN) || !due.isAfter(now);
    }
}
