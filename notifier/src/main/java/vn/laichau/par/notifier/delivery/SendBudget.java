package vn.laichau.par.notifier.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * The bot's overall sending rate: books the earliest send slot at or after a moment. {@link #local} keeps it in
 * this process; a shared budget (one row in the database) holds it across server instances.
 */
public interface SendBudget {

    /** Books the earliest slot at or after {@code notBefore} and returns it. */
    Instant book(Instant notBefore);

    /** The earliest free slot at or after {@code now}, without booking it. */
    Instant earliest(Instant now);

    /** {@code permits} per {@code period} with a burst of {@code burst}, in this process only. */
    static SendBudget local(int permits, Duration period, int burst) {
        TokenBucket bucket = new TokenBucket(permits, period, burst);
        return new SendBudget() {
            @Override
            public synchronized Instant book(Instant notBefore) {
                Instant at = bucket.earliest(notBefore);
                bucket.take(at);
                return at;
            }

            @Override
            public synchronized Instant earliest(Instant now) {
                return bucket.earliest(now);
            }
        };
    }
}
