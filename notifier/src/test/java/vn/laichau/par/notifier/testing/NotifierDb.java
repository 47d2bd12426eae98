package vn.laichau.par.notifier.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.laichau.par.notifier.channel.Transactions;
import vn.laichau.par.persistence.migration.SchemaMigration;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The persistence unit "par" outside a container on the test run's one MariaDB, migrated once; resource-local
 * transactions, each with an entity manager of its own (so each test thread has its own connection).
 */
public final class NotifierDb {

    private static EntityManagerFactory factory;
    private static MariaDbDataSource dataSource;

    private NotifierDb() {
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

    public static DataSource dataSource() {
        factory();
        return dataSource;
    }

    public static final Transactions TRANSACTIONS = NotifierDb::inTransaction;

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

    /** Empties every table of the schema. */
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
                s.execute("TRUNCATE TABLE " + table);
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
