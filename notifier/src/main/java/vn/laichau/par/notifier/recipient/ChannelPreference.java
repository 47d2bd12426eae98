package vn.laichau.par.notifier.recipient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.persistence.outbox.ChannelAddress;

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

    /**
     * The channels a person is reached on, in the person's own order: Zalo when linked, Telegram when linked and
     * not switched off, e-mail when known and not switched off; then the in-app feed, which always works. The one
     * place that rule is written, for alerts and for notices alike.
     */
    public static List<ChannelPreference> inOrder(long personId, AlertChannelOrder order, Optional<String> zaloUser,
                                                  Optional<Long> telegramChat, boolean telegramOn,
                                                  Optional<String> email, boolean emailOn) {
        Map<AlertChannelOrder.Name, ChannelPreference> reachable = new EnumMap<>(AlertChannelOrder.Name.class);
        zaloUser.filter(user -> !user.isBlank())
                .ifPresent(user -> reachable.put(AlertChannelOrder.Name.ZALO, zalo(user)));
        telegramChat.filter(chat -> telegramOn)
                .ifPresent(chat -> reachable.put(AlertChannelOrder.Name.TELEGRAM, telegram(chat)));
        email.filter(address -> emailOn && !address.isBlank())
                .ifPresent(address -> reachable.put(AlertChannelOrder.Name.EMAIL, email(address)));
        List<ChannelPreference> channels = new ArrayList<>();
        for (AlertChannelOrder.Name name : order.channels()) {
            if (reachable.containsKey(name)) {
                channels.add(reachable.get(name));
            }
        }
        channels.add(inApp(personId));
        return channels;
    }

    /** As the outbox stores it. */
    public ChannelAddress toChannelAddress() {
        return new ChannelAddress(channel.name(), address);
    }
}
