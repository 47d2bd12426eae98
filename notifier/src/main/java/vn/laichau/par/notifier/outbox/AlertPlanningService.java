package vn.laichau.par.notifier.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.planning.AlertPlanner;
import vn.laichau.par.notifier.planning.AlertSubject;
import vn.laichau.par.notifier.planning.DueItems;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.recipient.Audience;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;

/**
 * Plans a day from the database into the outbox. Safe on any number of servers: each message has a unique key
 * and is inserted with {@code INSERT IGNORE}; a named database lock ({@code GET_LOCK}) also spares the others
 * the work while one server plans.
 */
public final class AlertPlanningService {

    public static final String LOCK_NAME = "par-alert-planning";

    private final DataSource dataSource;
    private final PlanningSource source;
    private final UnitOfWork transactions;
    private final OutboxRepository outbox;
    private final AlertPolicy policy;
    private final Supplier<WorkingDayCalendar> calendar;
    private final OutboxRows rows;
    private final Clock clock;

    /** @param transactions runs each read and write of the outbox in a transaction, in which {@code outbox} works */
    public AlertPlanningService(DataSource dataSource, PlanningSource source, UnitOfWork transactions,
                                OutboxRepository outbox, AlertPolicy policy, Supplier<WorkingDayCalendar> calendar,
                                OutboxRows rows, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.source = Objects.requireNonNull(source, "source");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today in the policy's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(policy.zone()));
    }

    /** The alerts {@code day} would bring, without writing anything. */
    public List<Alert> preview(LocalDate day) {
        AlertPlanner planner = planner();
        return planner.plan(day, subjectsFor(planner, day), source.audience());
    }

    /**
     * Plans {@code day} and writes its new messages, unless another server is planning right now. Messages
     * already in the outbox are not rendered again, so re-planning a day costs little more than reading it.
     */
    public PlanningRun plan(LocalDate day) {
        try (Connection lock = dataSource.getConnection()) {
            if (!acquire(lock)) {
                return PlanningRun.skipped(day);
            }
            try {
                return planLocked(day);
            } finally {
                release(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the planning lock", e);
        }
    }

    private PlanningRun planLocked(LocalDate day) {
        long start = System.nanoTime();
        AlertPlanner planner = planner();
        List<AlertSubject> subjects = subjectsFor(planner, day);
        Audience audience = source.audience();
        long read = System.nanoTime();
        List<Alert> alerts = withDeliveryCounts(day, planner.plan(day, subjects, audience));
        long planned = System.nanoTime();
        Set<String> known = transactions.inTransaction(() -> outbox.keysOf(day));
        List<Alert> fresh = alerts.stream().filter(alert -> !known.contains(alert.key().value())).toList();
        List<OutboxRow> freshRows = rows.of(fresh);
        long rendered = System.nanoTime();
        int added = fresh.isEmpty() ? 0 : transactions.inTransaction(() -> outbox.write(freshRows, clock.instant()));
        long wrote = System.nanoTime();
        return new PlanningRun(day, false, subjects.size(), alerts.size(), added, Duration.ofNanos(read - start),
                Duration.ofNanos(planned - read), Duration.ofNanos(rendered - planned),
                Duration.ofNanos(wrote - rendered));
    }

    /** The weekly digests with the past week's undelivered alerts and those that reached only the in-app feed. */
    private List<Alert> withDeliveryCounts(LocalDate day, List<Alert> alerts) {
        if (alerts.stream().noneMatch(alert -> alert.kind() == AlertKind.WEEKLY_DIGEST)) {
            return alerts;
        }
        long[] counts = transactions.inTransaction(() -> new long[] {
                outbox.undeliveredBetween(day.minusDays(7), day), outbox.feedOnlyBetween(day.minusDays(7), day)});
        return alerts.stream().map(alert -> alert.kind() == AlertKind.WEEKLY_DIGEST
                        && alert.content() instanceof DueItems items
                        ? new Alert(alert.key(), alert.recipient(), alert.notBefore(),
                                items.withDeliveryCounts(counts[0], counts[1]))
                        : alert).toList();
    }

    /** The planner with the working-day calendar as it stands now (adjustments may change it). */
    private AlertPlanner planner() {
        return new AlertPlanner(policy, calendar.get());
    }

    private List<AlertSubject> subjectsFor(AlertPlanner planner, LocalDate day) {
        Optional<YearMonth> summarised = planner.summarisedMonth(day);
        return source.subjects(horizon(day), summarised);
    }

    /** The latest due date a reminder of {@code day} can name: generously past the earliest working-day reminder. */
    LocalDate horizon(LocalDate day) {
        return day.plusDays(policy.largestReminderWorkingDays() * 2L + 21);
    }

    private static boolean acquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, LOCK_NAME);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, LOCK_NAME);
            statement.executeQuery().close();
        }
    }
}
