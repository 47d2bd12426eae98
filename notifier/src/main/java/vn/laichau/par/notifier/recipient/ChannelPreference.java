package vn.laichau.par.notifier.recipient;

import vn.laichau.par.notifier.DeliveryChannel;
import java.util.Objects;

/**
 * One channel a person chose, with the address on it: a Zalo user id, a Telegram chat id, an e-mail address, or
 * the person's account for the in-app feed.
 */
public record ChannelPreference(DeliveryChannel channel, String address) {

    public ChannelPreference {
        Objects.requireNonNull(channel, "channel");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a " + channel + " preference needs an address");
        }
        address = address.strip();
    }

    public static ChannelPreference telegram(long chatId) {
        return new ChannelPreference(DeliveryChannel.TELEGRAM, Long.toString(chatId));
    }

    public static ChannelPreference zalo(String userId) {
        return new ChannelPreference(DeliveryChannel.ZALO, userId);
    }

    public static ChannelPreference email(String address) {
        return new ChannelPreference(DeliveryChannel.EMAIL, address);
    }

    public static ChannelPreference inApp(long personId) {
        return new ChannelPreference(DeliveryChannel.IN_APP, Long.toString(personId));
    }
}
