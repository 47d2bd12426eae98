package vn.laichau.par.notifier.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.SendBudgetRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The persistence unit "par" outside a container on the test run's one MariaDB, migrated once; resource-local
 * transactions, each with an entity manager of its own (so each test thread has its own connection). As the
 * notifier's unit of work, each transaction's entity manager is the one the repositories given out here work
 * on, as the container's transaction-scoped entity manager would be.
 */
public final class NotifierDb {

    private NotifierDb() {
    }

    public static EntityManagerFactory factory() {
        return Jpa.factory();
    }

    public static DataSource dataSource() {
        return Jpa.dataSource();
    }



    /** Each piece of work in a resource-local transaction of its own, committed when it returns. */
    public static final UnitOfWork UNIT_OF_WORK = new UnitOfWork() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return NotifierDb.inTransaction(em -> work.get());
        }
    };

    /** Runs {@code work} on an entity manager of its own, in a transaction committed when it returns. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        return Jpa.inBoundTransaction(work);
    }

    /** The outbox on the entity manager of the transaction running on the calling thread. */
    public static OutboxRepository outbox() {
        return new OutboxRepository(Jpa.transactionsEntityManager());
    }

    /** The shared sending rates on the entity manager of the running transaction. */
    public static SendBudgetRepository sendBudgets() {
        return new SendBudgetRepository(Jpa.transactionsEntityManager());
    }

    /** The officials' preferences and group subscriptions on the entity manager of the running transaction. */
    public static TelegramPreferenceRepository preferences() {
        return new TelegramPreferenceRepository(Jpa.transactionsEntityManager());
    }

    /** The in-app feed on the entity manager of the running transaction. */
    public static NotificationRepository notifications(Clock clock) {
        return new NotificationRepository(Jpa.transactionsEntityManager(), clock);
    }

    /** Empties every table of the schema. */
    public static void clean() {
        Jpa.clean();
    }

    public static void sql(String... statements) {
        factory();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) {
        return rows(sql).isEmpty() ? 0 : Long.parseLong(rows(sql).get(0).get(0));
    }

    /** The rows of a query, each as its columns' text. */
    public static List<List<String>> rows(String sql) {
        factory();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
