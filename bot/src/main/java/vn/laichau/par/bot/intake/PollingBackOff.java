package vn.laichau.par.bot.intake;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The pause after a failed {@code getUpdates}: a {@link ReconnectBackOff}, and none once polling is being stopped,
 * so that a failure caused by stopping does not hold up the stop.
 */
final class PollingBackOff implements BackOff {

    private final BackOff reconnect;
    private volatile boolean stopping;

    PollingBackOff(BackOff reconnect) {
        this.reconnect = reconnect;
    }

    void stop() {
        stopping = true;
    }

    @Override
    public void reset() {
        reconnect.reset();
    }

    @Override
    public long nextBackOffMillis() {
        return stopping ? 0 : Math.max(0, reconnect.nextBackOffMillis());
    }
}
