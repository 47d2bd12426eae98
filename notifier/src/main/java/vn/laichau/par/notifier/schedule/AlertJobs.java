package vn.laichau.par.notifier.schedule;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.notifier.channel.AlertChannel;
import vn.laichau.par.notifier.delivery.DispatchReport;
import vn.laichau.par.notifier.outbox.AlertPlanningService;
import vn.laichau.par.notifier.outbox.PlanningRun;

/**
 * The notifier's container-managed schedules, on every server instance (timers are not persistent, so each
 * instance runs its own; the outbox's unique keys, the planning lock and row claims make that safe):
 * <ul>
 *   <li>planning of today at minute 5 of every hour, Asia/Ho_Chi_Minh: the first run of the day writes the
 *       day's messages, later runs add only what changed (a new occurrence, a new official) and cost one read;</li>
 *   <li>dispatch every 10 seconds: due messages are claimed and sent until none is left.</li>
 * </ul>
 * {@code PAR_ALERTS_SCHEDULED=false} turns both off (the admin API still previews and retries).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertJobs {

    private static final Logger LOG = Logger.getLogger(AlertJobs.class.getName());
    private static final int MAX_BATCHES_PER_RUN = 200;

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

    private final AtomicBoolean planningNow = new AtomicBoolean();
    private final AtomicBoolean dispatchingNow = new AtomicBoolean();

    @Schedule(hour = "*", minute = "5", second = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false,
            info = "alert planning")
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

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "alert dispatch")
    public void dispatch() {
        if (!scheduled || !dispatchingNow.compareAndSet(false, true)) {
            return;
        }
        try {
            DispatchReport report = configuration.dispatcher(channels).dispatchDue(MAX_BATCHES_PER_RUN);
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
