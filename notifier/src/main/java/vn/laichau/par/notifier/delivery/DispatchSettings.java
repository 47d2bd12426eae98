package vn.laichau.par.notifier.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works.
 *
 * @param batchSize       messages claimed at once
 * @param lease           how long a claim holds a message; after it, another dispatcher may take it over
 * @param maxAttempts     attempts on a channel that keeps failing transiently before the next channel is tried
 * @param firstBackoff    the wait after the first transient failure, doubled after each further one
 * @param maxBackoff      the longest wait between attempts
 * @param jitter          the random share (0–1) by which each wait is shortened, so retries do not bunch up
 * @param maxThrottleWait a rate-limit wait longer than this puts the message back instead of blocking the
 *                        dispatcher
 */
public record DispatchSettings(int batchSize, Duration lease, int maxAttempts, Duration firstBackoff,
                               Duration maxBackoff, double jitter, Duration maxThrottleWait) {

    public DispatchSettings {
        if (batchSize <= 0 || maxAttempts <= 0) {
            throw new IllegalArgumentException("batch size and attempts must be positive");
        }
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxThrottleWait, "maxThrottleWait");
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
        }
    }

    /** 50 at a time, a 5-minute lease, 8 attempts, 30 s doubling up to 1 h, 20 % jitter, 2 s of throttling. */
    public static DispatchSettings defaults() {
        return new DispatchSettings(50, Duration.ofMinutes(5), 8, Duration.ofSeconds(30), Duration.ofHours(1), 0.2,
                Duration.ofSeconds(2));
    }

    /**
     * The wait before attempt {@code attempts + 1}: the backoff for the attempts so far, shortened by up to the
     * jitter share ({@code random} in [0, 1)), never less than what the channel asked for.
     */
    public Duration backoff(int attempts, Duration retryAfter, double random) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long millis = Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << Math.min(doublings, 20));
        long jittered = Math.round(millis * (1 - jitter * random));
        return Duration.ofMillis(Math.max(jittered, retryAfter.toMillis()));
    }

    public DispatchSettings withBatchSize(int size) {
        return new DispatchSettings(size, lease, maxAttempts, firstBackoff, maxBackoff, jitter, maxThrottleWait);
    }

    /** The same settings with another claim lease (how soon a message a dead dispatcher held is taken over). */
    public DispatchSettings withLease(Duration newLease) {
        return new DispatchSettings(batchSize, newLease, maxAttempts, firstBackoff, maxBackoff, jitter,
                maxThrottleWait);
    }

    public DispatchSettings withMaxAttempts(int attempts) {
        return new DispatchSettings(batchSize, lease, attempts, firstBackoff, maxBackoff, jitter, maxThrottleWait);
    }
}
