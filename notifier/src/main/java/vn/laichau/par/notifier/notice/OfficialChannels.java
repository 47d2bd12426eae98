package vn.laichau.par.notifier.notice;

import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.telegram.TelegramPreference;
import vn.laichau.par.notifier.recipient.ChannelPreference;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * The channels an official can be reached on, by {@link ChannelPreference#inOrder} as for alerts, from the
 * official's settings read in the caller's transaction.
 */
final class OfficialChannels {

    private final TelegramPreferenceRepository preferences;
    private final AlertChannelOrderRepository orders;

    OfficialChannels(TelegramPreferenceRepository preferences, AlertChannelOrderRepository orders) {
        this.preferences = preferences;
        this.orders = orders;
    }

    List<ChannelAddress> of(Official official) {
        Optional<TelegramPreference> chosen = preferences.find(official.id());
        return ChannelPreference.inOrder(official.id(), orders.of(official.id()), official.zaloUserId(),
                        official.telegramChatId(), chosen.map(TelegramPreference::telegramAlerts).orElse(true),
                        official.email(), chosen.map(TelegramPreference::emailAlerts).orElse(true))
                .stream().map(ChannelPreference::toChannelAddress).toList();
    }
}
