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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.channel.EmailChannel;
import vn.laichau.par.notifier.channel.EmailSettings;
import vn.laichau.par.notifier.channel.InAppChannel;
import vn.laichau.par.notifier.delivery.DispatchSettings;
import vn.laichau.par.notifier.delivery.Dispatcher;
import vn.laichau.par.notifier.delivery.SharedSendBudget;
import vn.laichau.par.notifier.delivery.Sleeper;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.OpenItemsCheck;
import vn.laichau.par.notifier.outbox.OutboxRows;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.policy.PolicySettings;
import vn.laichau.par.notifier.policy.SendingWindow;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.SendBudgetRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * The notifier's parts from MicroProfile Config: the alert policy (see {@link PolicySettings} for its settings)
 * in the zone of the application's clock, the e-mail and in-app channels, the planning service and the
 * dispatcher, each running its work in the application's units of work on persistence's repositories. Every
 * {@link AlertChannel} bean of the application (the Telegram one lives in the api module) is handed to the
 * dispatcher.
 */
@ApplicationScoped
public class NotifierConfiguration {

    @Inject
    AlertMessageRenderer renderer;

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
    @ConfigProperty(name = "par.alerts.reminder-days", defaultValue = PolicySettings.REMINDER_DAYS)
    String reminderDays;

    @Inject
    @ConfigProperty(name = "par.alerts.overdue-repeat-days", defaultValue = PolicySettings.OVERDUE_REPEAT_DAYS)
    int overdueRepeatDays;

    @Inject
    @ConfigProperty(name = "par.alerts.head-escalation-working-days",
            defaultValue = PolicySettings.HEAD_ESCALATION_WORKING_DAYS)
    int headEscalationWorkingDays;

    @Inject
    @ConfigProperty(name = "par.alerts.quiet-hours", defaultValue = PolicySettings.QUIET_HOURS)
    String quietHours;

    @Inject
    @ConfigProperty(name = "par.alerts.digest-day", defaultValue = PolicySettings.DIGEST_DAY)
    String digestDay;

    @Inject
    @ConfigProperty(name = "par.alerts.summary-day", defaultValue = PolicySettings.SUMMARY_DAY)
    int summaryDay;

    @Inject
    @ConfigProperty(name = "par.alerts.telegram-rate-shared", defaultValue = "true")
    boolean sharedTelegramRate;

    /**
     * How long a dispatcher's claim holds a message: when a server dies while sending, the message it held goes
     * out again from any instance once this has passed. Longer than twice the slowest send.
     */
    @Inject
    @ConfigProperty(name = "par.alerts.claim-lease-seconds", defaultValue = "300")
    long claimLeaseSeconds;

    @Inject
    DataSource dataSource;

    @Inject
    UnitOfWork transactions;

    @Inject
    OutboxRepository outbox;

    @Inject
    SendBudgetRepository sendBudgets;

    @Inject
    NotificationRepository notifications;

    @Inject
    TelegramPreferenceRepository preferences;

    @Inject
    CalendarRepository calendars;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private static final Duration CALENDAR_FRESHNESS = Duration.ofMinutes(5);

    private volatile TelegramThrottle throttle;
    private final String worker = workerName();
    private volatile WorkingDayCalendar calendar;
    private volatile Instant calendarReadAt = Instant.MIN;

    @Produces
    @Singleton
    AlertPolicy alertPolicy() {
        return PolicySettings.policy(reminderDays, overdueRepeatDays, headEscalationWorkingDays, quietHours,
                digestDay, summaryDay, zone);
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
        return new InAppChannel(transactions, notifications);
    }

    @Produces
    @Singleton
    AlertPlanningService planningService(AlertPolicy policy) {
        return new AlertPlanningService(dataSource, planningSource(), transactions, outbox, policy, this::calendar,
                new OutboxRows(renderer), clock);
    }

    private PlanningSource planningSource() {
        return new PlanningSource(dataSource, monitoringAgency);
    }

    /** The working-day calendar, read again at most every few minutes (adjustments are rare). */
    private WorkingDayCalendar calendar() {
        Instant now = clock.instant();
        if (calendar == null || calendarReadAt.plus(CALENDAR_FRESHNESS).isBefore(now)) {
            calendar = transactions.inTransaction(calendars::calendar);
            calendarReadAt = now;
        }
        return calendar;
    }

    /**
     * Telegram's limits for this instance's dispatchers; the overall 30 messages a second is kept in the
     * database and so shared with every other instance ({@code par.alerts.telegram-rate-shared}, default on).
     */
    private TelegramThrottle throttle() {
        if (throttle == null) {
            synchronized (this) {
                if (throttle == null) {
                    throttle = sharedTelegramRate
                            ? TelegramThrottle.telegramLimits(SharedSendBudget.telegram(transactions, sendBudgets))
                            : TelegramThrottle.telegramLimits();
                }
            }
        }
        return throttle;
    }

    /**
     * A dispatcher with every enabled channel of the application; one per run, sharing the rate limits. It
     * checks each message's items just before sending and keeps retries out of the policy's and each person's
     * quiet hours.
     */
    public Dispatcher dispatcher(@Any Instance<AlertChannel> channels, AlertPolicy policy) {
        List<AlertChannel> all = channels.stream().toList();
        WorkingDayCalendar days = calendar();
        DispatchSettings settings = DispatchSettings.defaults().withLease(Duration.ofSeconds(claimLeaseSeconds));
        return new Dispatcher(transactions, outbox, preferences, all, throttle(), settings, clock, Sleeper.REAL,
                () -> ThreadLocalRandom.current().nextDouble(), worker,
                new OpenItemsCheck(planningSource(), policy, () -> days, renderer),
                new SendingWindow(policy, days));
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
