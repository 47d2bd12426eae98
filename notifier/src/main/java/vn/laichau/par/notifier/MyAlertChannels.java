package vn.laichau.par.notifier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;

/**
 * An official's order of alert channels, read and changed through the API (the bots change it with
 * {@code /caidat kenh}). Alerts planned from then on try the channels in this order, then the in-app feed.
 */
@ApplicationScoped
public class MyAlertChannels {

    private final AlertChannelOrderRepository orders;
    private final Clock clock;

    @Inject
    public MyAlertChannels(AlertChannelOrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected MyAlertChannels() {
        this(null, null);
    }

    @Transactional
    public AlertChannelOrder of(long officialId) {
        return orders.of(officialId);
    }

    /** Changes the order; refused when a name is not a channel or one appears twice. */
    @Transactional
    public AlertChannelOrder change(long officialId, List<String> channels) {
        AlertChannelOrder order = AlertChannelOrder.parse(channels == null ? "" : String.join(",", channels))
                .orElseThrow(() -> Refusal.invalidField("channels",
                        "Thứ tự kênh gồm các kênh ZALO, TELEGRAM, EMAIL, mỗi kênh một lần",
                        "The order lists channels among ZALO, TELEGRAM, EMAIL, each once"));
        orders.change(officialId, order, clock.instant());
        return order;
    }
}
