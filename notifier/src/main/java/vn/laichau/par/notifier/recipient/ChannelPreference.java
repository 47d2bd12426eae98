package vn.laichau.par.notifier.recipient;

import vn.laichau.par.notifier.Channel;
import java.util.Objects;

/**
 * One channel a person chose, with the address on it: a Telegram chat id, an e-mail address, or the person's
 * account for the in-app feed.
 */
public record ChannelPreference(Channel channel, String address) {

    public ChannelPreference {
        Objects.requireNonNull(channel, "channel");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a " + channel + " preference needs an address");
        }
        address = address.strip();
    }

    public static ChannelPreference telegram(long chatId) {
        return new ChannelPreference(Channel.TELEGRAM, Long.toString(chatId));
    }

    public static ChannelPreference email(String address) {
        return new ChannelPreference(Channel.EMAIL, address);
    }

    public static ChannelPreference inApp(long personId) {
        return new ChannelPreference(Channel.IN_APP, Long.toString(personId));
    }
}
