package vn.laichau.par.notifier.notice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.telegram.TelegramPreference;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * The channels an official can be reached on, in the official's own order, as planning gives them for alerts:
 * Zalo when linked, Telegram when linked and not switched off in the bot's settings, e-mail when known and not
 * switched off; then the in-app feed, which always works. Read in the caller's transaction.
 */
final class OfficialChannels {

    private final TelegramPreferenceRepository preferences;
    private final AlertChannelOrderRepository orders;

    OfficialChannels(TelegramPreferenceRepository preferences, AlertChannelOrderRepository orders) {
        this.preferences = preferences;
        this.orders = orders;
    }

    List<ChannelAddress> of(Official official) {
        long id = official.id();
        Optional<TelegramPreference> chosen = preferences.find(id);
        boolean telegram = chosen.map(TelegramPreference::telegramAlerts).orElse(true);
        boolean email = chosen.map(TelegramPreference::emailAlerts).orElse(true);
        Map<AlertChannelOrder.Name, ChannelAddress> reachable = new EnumMap<>(AlertChannelOrder.Name.class);
        official.zaloUserId().filter(user -> !user.isBlank()).ifPresent(user -> reachable.put(
                AlertChannelOrder.Name.ZALO, new ChannelAddress(DeliveryChannel.ZALO.name(), user.strip())));
        official.telegramChatId().filter(chat -> telegram).ifPresent(chat -> reachable.put(
                AlertChannelOrder.Name.TELEGRAM, new ChannelAddress(DeliveryChannel.TELEGRAM.name(), chat.toString())));
        official.email().filter(address -> email && !address.isBlank()).ifPresent(address -> reachable.put(
                AlertChannelOrder.Name.EMAIL, new ChannelAddress(DeliveryChannel.EMAIL.name(), address.strip())));
        List<ChannelAddress> channels = new ArrayList<>();
        for (AlertChannelOrder.Name name : orders.of(id).channels()) {
            if (reachable.containsKey(name)) {
                channels.add(reachable.get(name));
            }
        }
        channels.add(new ChannelAddress(DeliveryChannel.IN_APP.name(), Long.toString(id)));
        return channels;
    }
}
