package vn.laichau.par.notifier.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.notifier.channel.AlertChannel;
import vn.laichau.par.notifier.channel.EmailChannel;
import vn.laichau.par.notifier.channel.EmailSettings;
import vn.laichau.par.notifier.channel.InAppChannel;
import vn.laichau.par.notifier.delivery.DispatchSettings;
import vn.laichau.par.notifier.delivery.Dispatcher;
import vn.laichau.par.notifier.delivery.Sleeper;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.persistence.calendar.CalendarRepository;

/**
 * The notifier's parts from MicroProfile Config: the alert policy in the configured time zone, the e-mail and
 * in-app channels, the planning service and the dispatcher. Every {@link AlertChannel} bean of the application
 * (the Telegram one lives in the api module) is handed to the dispatcher.
 */
@ApplicationScoped
public class NotifierConfiguration {

    @Inject
    @ConfigProperty(name = "par.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String timezone;

    @Inject
    @ConfigProperty(name = "par.alerts.monitoring-agency", defaultValue = "SO_NOI_VU")
    String monitoringAgency;

    @Inject
    @ConfigProperty(name = "par.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "par.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "par.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "par.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "par.smtp.from", defaultValue = "cchc@laichau.gov.vn")
    String smtpFrom;

    @Inject
    @ConfigProperty(name = "par.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    DataSource dataSource;

    @Inject
    JtaTransactions transactions;

    @Inject
    Instance<Clock> clocks;

    private final TelegramThrottle throttle = TelegramThrottle.telegramLimits();
    private final String worker = workerName();

    Clock clock() {
        return clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
    }

    @Produces
    @Singleton
    AlertPolicy alertPolicy() {
        AlertPolicy defaults = AlertPolicy.defaults();
        ZoneId zone = ZoneId.of(timezone);
        return zone.equals(defaults.zone()) ? defaults
                : new AlertPolicy(defaults.reminderWorkingDays(), defaults.remindOnDueDay(),
                        defaults.firstOverdueAfterDays(), defaults.overdueRepeatDays(), defaults.headEscalationWorkingDays(), defaults.weeklyDigestDay(),
                        defaults.monthlySummaryDay(), defaults.quietHours(), zone, defaults.urgentKinds());
    }

    Optional<EmailSettings> emailSettings() {
        return smtpHost.filter(host -> !host.isBlank()).map(host -> new EmailSettings(host, smtpPort, smtpUser,
                smtpPassword, smtpFrom, smtpStartTls, Duration.ofSeconds(20)));
    }

    @Produces
    @Singleton
    EmailChannel emailChannel() {
        return new EmailChannel(emailSettings());
    }

    @Produces
    @Singleton
    InAppChannel inAppChannel() {
        return new InAppChannel(transactions, clock());
    }

    @Produces
    @Singleton
    AlertPlanningService planningService(AlertPolicy policy) {
        return new AlertPlanningService(dataSource, new PlanningSource(dataSource, monitoringAgency), transactions,
                policy, () -> transactions.inTransaction(em -> new CalendarRepository(em).calendar()),
                new OutboxRows(new AlertMessageRenderer()), clock());
    }

    /** A dispatcher with every enabled channel of the application; one per run, sharing the rate limits. */
    public Dispatcher dispatcher(@Any Instance<AlertChannel> channels) {
        List<AlertChannel> all = channels.stream().toList();
        return new Dispatcher(transactions, all, throttle, DispatchSettings.defaults(), clock(), Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble(), worker);
    }

    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        String name = host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }
}
