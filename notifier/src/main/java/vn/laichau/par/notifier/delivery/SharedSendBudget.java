package vn.laichau.par.notifier.delivery;

import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.persistence.outbox.SendBudgetRepository;

/**
 * The bot's overall rate kept in the database, so that the dispatchers of every server instance together stay
 * within it: each send books its slot in a short transaction of its own on the rate's row.
 */
public final class SharedSendBudget implements SendBudget {

    public static final String TELEGRAM = "overall";
    private static final int ATTEMPTS = 3;

    private final UnitOfWork transactions;
    private final SendBudgetRepository budgets;
    private final String name;
    private final Duration interval;
    private final Duration tolerance;

    /**
     * {@code permits} per {@code period} with a burst of {@code burst}, shared under {@code name}; each booking
     * in a transaction of its own in which {@code budgets} works.
     */
    public SharedSendBudget(UnitOfWork transactions, SendBudgetRepository budgets, String name, int permits,
                            Duration period, int burst) {
        if (permits <= 0 || burst <= 0) {
            throw new IllegalArgumentException("permits and burst must be positive");
        }
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.budgets = Objects.requireNonNull(budgets, "budgets");
        this.name = Objects.requireNonNull(name, "name");
        this.interval = period.dividedBy(permits);
        this.tolerance = interval.multipliedBy(burst - 1L);
    }

    /** Telegram's 30 messages a second for the whole bot, with a burst of 30. */
    public static SharedSendBudget telegram(UnitOfWork transactions, SendBudgetRepository budgets) {
        return new SharedSendBudget(transactions, budgets, TELEGRAM, 30, Duration.ofSeconds(1), 30);
    }

    /** Books the slot; a booking the database chose as a deadlock victim (two first bookings) is made again. */
    @Override
    public Instant book(Instant notBefore) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> budgets.book(name, notBefore, interval, tolerance));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Instant earliest(Instant now) {
        return transactions.inTransaction(() -> budgets.earliest(name, now, tolerance));
    }
}
