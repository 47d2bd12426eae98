package vn.laichau.par.bot.intake;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;

/**
 * The pause after a failed {@code getUpdates}: exponential from half a second up to half a minute, and none
 * once polling is being stopped, so that a failure caused by stopping does not hold up the stop.
 */
final class PollingBackOff implements BackOff {

    private static final int INITIAL_MILLIS = 500;
    private static final int MAX_MILLIS = 30_000;

    private final BackOff exponential = new ExponentialBackOff.Builder()
            .setInitialIntervalMillis(INITIAL_MILLIS)
            .setMaxIntervalMillis(MAX_MILLIS)
            .setMaxElapsedTimeMillis(Integer.MAX_VALUE)
            .build();
    private volatile boolean stopping;

    void stop() {
        stopping = true;
    }

    @Override
    public void reset() {
        exponential.reset();
    }

    @Override
    public long nextBackOffMillis() {
        return stopping ? 0 : Math.max(0, exponential.nextBackOffMillis());
    }
}
