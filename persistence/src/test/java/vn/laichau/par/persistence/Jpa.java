package vn.laichau.par.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.occurrence.OccurrenceExpander;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.persistence.loading.LoadReport;
import vn.laichau.par.persistence.loading.ShippedPlanLoader;
import vn.laichau.par.persistence.migration.SchemaMigration;
import vn.laichau.par.persistence.occurrence.MissingOccurrences;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The persistence unit "par" outside a container, on the test run's one MariaDB: migrated once, emptied
 * between tests.
 */
public final class Jpa {

    private static EntityManagerFactory factory;
    private static MariaDbDataSource dataSource;

    private Jpa() {
    }

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            String url = TestDatabase.url();
            String user = System.getProperty("par.db.user");
            String password = System.getProperty("par.db.password");
            try {
                dataSource = new MariaDbDataSource(url);
                dataSource.setUser(user);
                dataSource.setPassword(password);
                new SchemaMigration(dataSource).migrate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            factory = Persistence.createEntityManagerFactory("par", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user,
                    "jakarta.persistence.jdbc.password", password,
                    "eclipselink.connection-pool.default.max", "16"));
        }
        return factory;
    }

    /** The migrated test database as a plain data source, for code that works with JDBC. */
    public static synchronized MariaDbDataSource dataSource() {
        factory();
        return dataSource;
    }

    private static final ThreadLocal<EntityManager> BOUND = new ThreadLocal<>();

    /**
     * Stands for the entity manager of the {@link #inBoundTransaction} running on the calling thread, as a
     * container's transaction-scoped entity manager would: repositories built on it once work in whichever
     * transaction runs when they are called.
     */
    private static final EntityManager TRANSACTIONS_ENTITY_MANAGER = (EntityManager) Proxy.newProxyInstance(
            Jpa.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                EntityManager current = BOUND.get();
                if (current == null) {
                    throw new IllegalStateException("No transaction runs on this thread");
                }
                try {
                    return method.invoke(current, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    /** The entity manager of the bound transaction running on the calling thread, whichever it is. */
    public static EntityManager transactionsEntityManager() {
        return TRANSACTIONS_ENTITY_MANAGER;
    }

    /**
     * Runs {@code work} like {@link #inTransaction}, with its entity manager bound to the calling thread meanwhile,
     * so that {@link #transactionsEntityManager()} is that one.
     */
    public static <T> T inBoundTransaction(Function<EntityManager, T> work) {
        return inTransaction(em -> {
            EntityManager outer = BOUND.get();
            BOUND.set(em);
            try {
                return work.apply(em);
            } finally {
                BOUND.set(outer);
            }
        });
    }

    /** Runs {@code work} in a transaction of a new entity manager and commits. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public static void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Empties every table of the schema (the audit trail, which refuses deletes, by truncation). */
    public static void clean() {
        factory();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                s.execute(table.equals("audit_entry") ? "TRUNCATE TABLE audit_entry" : "DELETE FROM " + table);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empties the database and loads the shipped plan with the occurrences of its period. */
    public static LoadReport cleanAndLoadShippedPlan() {
        clean();
        return inTransaction(em -> shippedPlanLoader(em).load());
    }

    /**
     * The shipped plan's loader outside a container, its occurrences expanded by the model with the stored
     * agencies and calendar and stored where missing (as the application's occurrence creation does).
     */
    public static ShippedPlanLoader shippedPlanLoader(EntityManager em) {
        return new ShippedPlanLoader(em, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")), (plan, years) -> {
            em.flush();
            OccurrenceExpander expander = new OccurrenceExpander(new AgencyRepository(em).directory(),
                    new DeadlinePhraseParser(), DeadlineContext.standard(new CalendarRepository(em).calendar()));
            List<PlannedOccurrence> planned = new ArrayList<>();
            years.forEach(year -> planned.addAll(expander.expand(plan, year).occurrences()));
            return new MissingOccurrences(em).store(plan, years, planned);
        });
    }

    /** A single number from SQL, e.g. a count. */
    public static long count(String sql) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
