package vn.laichau.par.api.me;

import java.time.Instant;
import vn.laichau.par.domain.model.notification.Notification;

/** One entry of the in-app feed. */
public record NotificationResponse(long id, Instant createdAt, String title, String body, Long occurrenceId,
                                   boolean read, Instant readAt) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.id(), n.createdAt(), n.title(), n.body(), n.occurrenceId().orElse(null),
                n.isRead(), n.readAt().orElse(null));
    }
}
