package vn.laichau.par.application.channel;

import java.time.Instant;

/** Tells the administrators that a channel has been down for long; at most once per outage. */
@FunctionalInterface
public interface OutageNotice {

    /** Announces the outage of {@code channel} that began at {@code since}, unless it was already announced. */
    void announce(String channel, Instant since, String lastError);
}
