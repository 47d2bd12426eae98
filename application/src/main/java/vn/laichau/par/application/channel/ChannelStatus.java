package vn.laichau.par.application.channel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one messenger channel: up or down, since when, and the last error while it is down.
 *
 * @param channel   the channel's name ({@code telegram}, {@code zalo})
 * @param up        whether its API answered the last call
 * @param since     when it came up or went down (the first failure of the outage)
 * @param lastError the last failure, while down
 * @param checkedAt the last call's moment
 */
public record ChannelStatus(String channel, boolean up, Instant since, Optional<String> lastError, Instant checkedAt) {

    public ChannelStatus {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
