package vn.laichau.par.notifier.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import vn.laichau.par.notifier.AlertSchedule;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.delivery.DispatchReport;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.PlanningRun;
import vn.laichau.par.notifier.policy.AlertPolicy;

/**
 * The notifier's container-managed schedules, on every server instance (timers are not persistent, so each
 * instance runs its own; the outbox's unique keys, the planning lock and row claims make that safe):
 * <ul>
 *   <li>planning of today at minute 5 of every hour, Asia/Ho_Chi_Minh: the first run of the day writes the
 *       day's messages, later runs add only what changed (a new occurrence, a new official) and cost one read;</li>
 *   <li>dispatch every 10 seconds: due messages are claimed and sent until none is left.</li>
 * </ul>
 * The schedules are registered once the schema is migrated, so that a first start never fires on missing tables.
 * {@code PAR_ALERTS_SCHEDULED=false} makes both firings return at once (the admin API still previews and
 * retries); the schedules stay registered, and {@link #schedules} lists them with their next firing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrationAtStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertJobs {

    private static final Logger LOG = Logger.getLogger(AlertJobs.class.getName());
    private static final int MAX_BATCHES_PER_RUN = 200;
    private static final String PLANNING = "alert planning";
    private static final String DISPATCH = "alert dispatch";

    @Inject
    @ConfigProperty(name = "par.alerts.scheduled", defaultValue = "true")
    boolean scheduled;

    @Inject
    AlertPlanningService planning;

    @Inject
    NotifierConfiguration configuration;

    @Inject
    @Any
    Instance<AlertChannel> channels;

    @Inject
    AlertPolicy policy;

    @Inject
    ZoneId zone;

    @Resource
    TimerService timers;

    /** How long after start the day is planned once more, so that a restart does not wait for minute 5. */
    static final long CATCH_UP_DELAY_MS = 30_000;

    /** The one-off planning shortly after start (not a String, so {@link #schedules} lists only the two). */
    private enum CatchUp { PLANNING }

    private final AtomicBoolean planningNow = new AtomicBoolean();
    private final AtomicBoolean dispatchingNow = new AtomicBoolean();

    /**
     * The notifier's schedules registered with the container on this instance, with their next firing: both are
     * registered whatever {@code par.alerts.scheduled} says, which only decides whether a firing works.
     */
    public List<AlertSchedule> schedules() {
        return timers.getTimers().stream()
                .filter(timer -> timer.getInfo() instanceof String)
                .map(timer -> new AlertSchedule((String) timer.getInfo(), expression(timer.getSchedule()),
                        timer.getNextTimeout().toInstant(), scheduled))
                .sorted(Comparator.comparing(AlertSchedule::name).reversed())
                .toList();
    }

    private static String expression(ScheduleExpression schedule) {
        String zone = schedule.getTimezone() == null || schedule.getTimezone().isBlank() ? ""
                : " " + schedule.getTimezone();
        return String.join(" ", schedule.getSecond(), schedule.getMinute(), schedule.getHour(),
                schedule.getDayOfMonth(), schedule.getMonth(), schedule.getDayOfWeek()) + zone;
    }

    /**
     * Registers the two schedules on this instance: planning at five past every hour in the configured zone
     * ({@code PAR_TIMEZONE}), dispatch every ten seconds; and one planning run 30 s after start, so that an
     * instance started (or restarted after a crash) between two hours plans the day at once.
     */
    @PostConstruct
    void register() {
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("5").second("0").timezone(zone.getId()),
                new TimerConfig(PLANNING, false));
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("*").second("*/10"),
                new TimerConfig(DISPATCH, false));
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig(CatchUp.PLANNING, false));
    }

    @Timeout
    void fire(Timer timer) {
        if (PLANNING.equals(timer.getInfo()) || timer.getInfo() == CatchUp.PLANNING) {
            planToday();
        } else if (DISPATCH.equals(timer.getInfo())) {
            dispatch();
        }
    }

    public void planToday() {
        if (!scheduled || !planningNow.compareAndSet(false, true)) {
            return;
        }
        try {
            PlanningRun run = planning.plan(planning.today());
            LOG.info(() -> "Alert planning " + run);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Alert planning failed", e);
        } finally {
            planningNow.set(false);
        }
    }

    public void dispatch() {
        if (!scheduled || !dispatchingNow.compareAndSet(false, true)) {
            return;
        }
        try {
            DispatchReport report = configuration.dispatcher(channels, policy).dispatchDue(MAX_BATCHES_PER_RUN);
            if (report.claimed() > 0) {
                LOG.info(() -> "Alert dispatch " + report);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Alert dispatch failed", e);
        } finally {
            dispatchingNow.set(false);
        }
    }
}
