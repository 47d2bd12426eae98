package vn.laichau.par.bot.intake;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The pause before the next attempt to reach a messenger's API after a failure: exponential from 1 s, doubling
 * each time up to 5 minutes, each pause drawn at random between three quarters of its step and the whole of it
 * (jitter, so that instances and channels do not retry in step). A success resets it. Never gives up.
 */
public final class ReconnectBackOff implements BackOff {

    public static final Duration INITIAL = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofMinutes(5);

    private final long initialMillis;
    private final long maxMillis;
    private final DoubleSupplier random;
    private long stepMillis;

    /** From {@code initial}, doubling up to {@code max}. */
    public ReconnectBackOff(Duration initial, Duration max) {
        this(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As {@link #ReconnectBackOff(Duration, Duration)}, drawing the jitter from {@code random} (in [0, 1)). */
    public ReconnectBackOff(Duration initial, Duration max, DoubleSupplier random) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        if (initialMillis <= 0 || maxMillis < initialMillis) {
            throw new IllegalArgumentException("Need 0 < initial <= max, not " + initial + " and " + max);
        }
        this.random = Objects.requireNonNull(random, "random");
        this.stepMillis = initialMillis;
    }

    /** 1 s doubling up to 5 minutes. */
    public static ReconnectBackOff standard() {
        return new ReconnectBackOff(INITIAL, MAX);
    }

    @Override
    public synchronized void reset() {
        stepMillis = initialMillis;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long step = stepMillis;
        stepMillis = Math.min(maxMillis, stepMillis * 2);
        return Math.max(1, step - (long) (step / 4.0 * random.getAsDouble()));
    }

    /** {@link #nextBackOffMillis()} as a duration. */
    public Duration next() {
        return Duration.ofMillis(nextBackOffMillis());
    }
}
