package vn.laichau.par.application.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The login throttling rule, for one subject (an account or a client address): failures are counted within a
 * window; reaching the limit locks the subject for the lock time. A success clears an account's count.
 *
 * @param limit  failures allowed within {@code window} before the lock
 * @param window how long failures are remembered
 * @param lock   how long a subject stays locked once it reached the limit
 */
public record Throttle(int limit, Duration window, Duration lock) {

    /** Five wrong passwords within fifteen minutes lock an account for fifteen minutes. */
    public static final Throttle ACCOUNT = new Throttle(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** Thirty failures from one address within fifteen minutes block it for fifteen minutes. */
    public static final Throttle ADDRESS = new Throttle(30, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public Throttle {
        if (limit < 1 || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("a throttle needs a positive limit, window and lock");
        }
    }

    /**
     * The state after one more failure at {@code now}, given the stored state (failures counted since
     * {@code windowStart}; {@code null} when nothing is stored).
     */
    public State afterFailure(State stored, Instant now) {
        if (stored == null || stored.windowStart().plus(window).isBefore(now)) {
            return lockIfReached(new State(1, now, null), now);
        }
        return lockIfReached(new State(stored.failures() + 1, stored.windowStart(), stored.lockedUntil()), now);
    }

    private State lockIfReached(State state, Instant now) {
        if (state.failures() >= limit) {
            return new State(state.failures(), state.windowStart(), now.plus(lock));
        }
        return state;
    }

    /** Failures of one subject since {@code windowStart}, and the end of its lock if it is locked. */
    public record State(int failures, Instant windowStart, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
