package vn.laichau.par.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.notification.Notification;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** What a signed-in official reads about themselves: their account, their agency and their notification feed. */
@ApplicationScoped
public class MyAccount {

    private final OfficialRepository officials;
    private final AgencyRepository agencies;
    private final NotificationRepository notifications;
    private final Clock clock;

    /** The official, the agency they act for (whether it exists today) and how many feed entries are unread. */
    public record Profile(Official official, Optional<Agency> agency, boolean agencyExistsToday, long unread) {
    }

    /** For the container's client proxy only. */
    protected MyAccount() {
        this(null, null, null, null);
    }

    @Inject
    public MyAccount(OfficialRepository officials, AgencyRepository agencies, NotificationRepository notifications,
                     Clock clock) {
        this.officials = officials;
        this.agencies = agencies;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public Profile profile(long officialId) {
        Official me = officials.findById(officialId).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND,
                "official-not-found", "Không tìm thấy cán bộ " + officialId, "No official " + officialId));
        Optional<Agency> agency = agencies.findById(me.agencyId());
        return new Profile(me, agency, agency.filter(a -> a.isValidOn(LocalDate.now(clock))).isPresent(),
                notifications.unreadCount(me.id()));
    }

    /** The official's feed, oldest first, at most {@code limit} entries after {@code afterId}. */
    @Transactional
    public List<Notification> notifications(long officialId, long afterId, int limit) {
        return notifications.page(officialId, afterId, limit);
    }

    /** Marks one of the official's own entries read (also when it was read already). */
    @Transactional
    public void markRead(long officialId, long notificationId) {
        if (notifications.find(officialId, notificationId).isEmpty()) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "notification-not-found",
                    "Không tìm thấy thông báo " + notificationId, "No notification " + notificationId);
        }
        notifications.markRead(officialId, notificationId);
    }
}
