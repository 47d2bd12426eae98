package vn.laichau.par.notifier.channel;

import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.AlertChannel;
import java.time.Clock;
import java.util.Objects;
import vn.laichau.par.domain.model.notification.Notification;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.Channel;
import vn.laichau.par.persistence.notification.NotificationRepository;

/** The in-app feed: the message becomes an unread entry of the official whose id is the address. */
public class InAppChannel implements AlertChannel {

    private final Transactions transactions;
    private final Clock clock;

    public InAppChannel(Transactions transactions, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public SendOutcome send(String address, RenderedMessage message) {
        long officialId;
        try {
            officialId = Long.parseLong(address);
        } catch (NumberFormatException e) {
            return SendOutcome.permanentFailure("not an official's id: " + address, true);
        }
        try {
            Notification added = transactions.inTransaction(em -> new NotificationRepository(em, clock)
                    .add(officialId, message.subject(), message.plainText(), null));
            return SendOutcome.delivered("notification-" + added.id());
        } catch (RuntimeException e) {
            return SendOutcome.transientFailure(java.time.Duration.ZERO, "in-app feed: " + e);
        }
    }
}
