package vn.laichau.par.persistence.outbox;

import java.util.Objects;

/** A channel by name (TELEGRAM, EMAIL, IN_APP, …) and a person's address on it. */
public record ChannelAddress(String channel, String address) {

    public ChannelAddress {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
    }
}
