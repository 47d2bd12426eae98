package vn.laichau.par.application.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in delay rule for one subject (an account from one client address, or a client address): every
 * attempt is counted before its password is checked; the first {@code free} attempts pass at once, and from
 * then on each counted attempt makes the subject wait before the next one, {@code firstDelay} after the
 * {@code free}-th, twice as long after each further one, never longer than {@code maxDelay}. A success takes its
 * own attempt back; a subject left alone for {@code forgetAfter} starts afresh. Nothing is ever locked for good.
 *
 * @param free        attempts that pass without a delay
 * @param firstDelay  the wait after the {@code free}-th attempt
 * @param maxDelay    the longest wait
 * @param forgetAfter how long after its last attempt a subject's count is forgotten
 */
public record Throttle(int free, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    /** One account from one client address: three attempts, then 1 s, 2 s, 4 s … at most 15 minutes. */
    public static final Throttle ACCOUNT_FROM_ADDRESS = new Throttle(3, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(1));
    /** One client address, whatever the account: twenty failures, then 1 s, 2 s, 4 s … at most 15 minutes. */
    public static final Throttle ADDRESS = new Throttle(20, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(1));

    public Throttle {
        if (free < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException("a throttle needs free attempts, a positive first delay no longer than "
                    + "the longest one, and a positive memory");
        }
    }

    /** The wait after the {@code attempts}-th counted attempt; zero while they are free. */
    public Duration delayAfter(int attempts) {
        if (attempts < free) {
            return Duration.ZERO;
        }
        int doublings = attempts - free;
        if (doublings >= 40) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether an attempt at {@code now} must wait, given the stored state ({@code null} when none). */
    public boolean mustWait(State stored, Instant now) {
        return stored != null && stored.blockedAt(now);
    }

    /** The state after one more attempt at {@code now}, counted before its password is checked. */
    public State afterAttempt(State stored, Instant now) {
        int attempts = stored == null || stored.attempts() == 0
                || !stored.lastAttemptAt().plus(forgetAfter).isAfter(now) ? 1 : stored.attempts() + 1;
        Duration delay = delayAfter(attempts);
        return new State(attempts, now, delay.isZero() ? null : now.plus(delay));
    }

    /** The state after an attempt turned out right: it is taken back, and a wait it alone caused is lifted. */
    public State afterSuccess(State stored) {
        int attempts = Math.max(0, stored.attempts() - 1);
        return new State(attempts, stored.lastAttemptAt(), attempts < free ? null : stored.blockedUntil());
    }

    /** Attempts counted for one subject, the last one's time, and until when the next one must wait. */
    public record State(int attempts, Instant lastAttemptAt, Instant blockedUntil) {

        public boolean blockedAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }
}
