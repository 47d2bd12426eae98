package vn.laichau.par.notifier.channel;

import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.application.transaction.UnitOfWork;
import java.util.Objects;
import vn.laichau.par.domain.model.notification.Notification;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.persistence.notification.NotificationRepository;

/** The in-app feed: the message becomes an unread entry of the official whose id is the address. */
public class InAppChannel implements AlertChannel {

    private final UnitOfWork transactions;
    private final NotificationRepository notifications;

    /** Each entry is added in a transaction of its own, in which {@code notifications} works. */
    public InAppChannel(UnitOfWork transactions, NotificationRepository notifications) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.IN_APP;
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
            Notification added = transactions.inTransaction(() -> notifications.add(officialId, message.subject(),
                    message.plainText(), null));
            return SendOutcome.delivered("notification-" + added.id());
        } catch (RuntimeException e) {
            return SendOutcome.transientFailure(java.time.Duration.ZERO, "in-app feed: " + e);
        }
    }
}
