package vn.laichau.par.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.channel.ChannelOutageRepository;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * Puts one item in the in-app feed of every active administrator when a channel has been down for long: once per
 * outage, whichever server instances see it (the claim is a locked row in the database).
 */
@ApplicationScoped
public class AdministratorOutageNotice implements OutageNotice {

    private static final Logger LOG = Logger.getLogger(AdministratorOutageNotice.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final UnitOfWork transactions;
    private final ChannelOutageRepository outages;
    private final OfficialRepository officials;
    private final NotificationRepository notifications;
    private final Clock clock;

    @Inject
    public AdministratorOutageNotice(UnitOfWork transactions, ChannelOutageRepository outages,
                                     OfficialRepository officials, NotificationRepository notifications, Clock clock) {
        this.transactions = transactions;
        this.outages = outages;
        this.officials = officials;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected AdministratorOutageNotice() {
        this(null, null, null, null, null);
    }

    @Override
    public void announce(String channel, Instant since, String lastError) {
        int told = transactions.inTransaction(() -> {
            if (!outages.claimNotice(channel, since, Instant.now(clock))) {
                return 0;
            }
            String name = displayName(channel);
            String at = TIME.format(since.atZone(zoneOf(clock)));
            String title = "Kênh " + name + " mất kết nối hơn 1 giờ — " + name + " down for more than an hour";
            String body = "Không kết nối được " + name + " từ " + at + "; hệ thống vẫn tự thử lại. Lỗi gần nhất: "
                    + lastError + "\n" + name + " has been unreachable since " + at
                    + "; the system keeps retrying. Last error: " + lastError;
            int count = 0;
            for (Official admin : officials.activeWithRole(Role.ADMIN)) {
                notifications.add(admin.id(), title, body, null);
                count++;
            }
            return count;
        });
        if (told > 0) {
            LOG.warning(() -> "The " + channel + " channel has been down since " + since + "; " + told
                    + " administrators were told in their feed");
        }
    }

    private static ZoneId zoneOf(Clock clock) {
        return clock.getZone();
    }

    private static String displayName(String channel) {
        return switch (channel) {
            case "telegram" -> "Telegram";
            case "zalo" -> "Zalo";
            default -> channel;
        };
    }
}
